package io.gatehouse.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.Pages;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A valid signature scoped to another service or region, or one that leaves the body unsigned,
 * does not authenticate a native API call.
 */
@GatehouseTest
class CredentialScopeApiTest {

    @Test
    void listPoolsWhenSignedForGatehouseInRegionThenOk() {
        send("gatehouse", "us-east-1").then().statusCode(200);
    }

    @Test
    void listPoolsWhenSignedForAnotherServiceThenSignatureDoesNotMatch() {
        send("cognito-idp", "us-east-1").then().statusCode(403)
                .body("title", equalTo("SignatureDoesNotMatch")).body("detail", containsString("gatehouse"));
    }

    @Test
    void listPoolsWhenSignedForAnotherRegionThenSignatureDoesNotMatch() {
        send("gatehouse", "eu-west-1").then().statusCode(403)
                .body("title", equalTo("SignatureDoesNotMatch")).body("detail", containsString("us-east-1"));
    }

    @Test
    void createPoolWhenBodyLeftUnsignedThenRefusedAndNothingCreated() {
        String body = "{\"name\":\"unsigned-body\"}";
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).protocol("https").host("localhost")
                .port(RestAssured.port).encodedPath("/api/v1/user-pools").putHeader("Content-Type", "application/json").build();
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY))
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "gatehouse")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false));
        assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256")).contains("UNSIGNED-PAYLOAD");

        withHeaders(signed.request().headers()).body(body).post("/api/v1/user-pools").then().statusCode(400)
                .body("title", equalTo("XAmzContentSHA256Mismatch"));
        assertThat(Pages.all(SignedRequests.root(), "/api/v1/user-pools", "name"))
                .isNotEmpty().doesNotContain("unsigned-body");
    }

    private static io.restassured.specification.RequestSpecification withHeaders(Map<String, List<String>> headers) {
        var spec = RestAssured.given().urlEncodingEnabled(false);
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (!h.getKey().equalsIgnoreCase("Host")) {
                spec = spec.header(h.getKey(), String.join(",", h.getValue()));
            }
        }
        return spec;
    }

    private static io.restassured.response.Response send(String service, String region) {
        String path = "/api/v1/user-pools";
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.GET)
                .uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path)).build();
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY))
                .request(request)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        return withHeaders(signed.request().headers()).get(path);
    }
}
