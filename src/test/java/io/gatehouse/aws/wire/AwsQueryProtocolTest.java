package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.gatehouse.auth.SigV4AuthenticationFilter;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * {@code POST /} as the AWS query protocol, through raw requests: the XML response document,
 * dispatch by {@code Version} and {@code Action}, the {@code ErrorResponse} for every malformed,
 * missing, oversized or unauthenticated input, and SigV4 failures named as IAM and STS name them.
 */
@GatehouseTest
class AwsQueryProtocolTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String STS = "Version=2011-06-15&Action=";
    private static final String CALLER_IDENTITY = STS + "GetCallerIdentity";

    @Test
    void postWhenSignedGetCallerIdentityThenXmlResponseWithRequestId() {
        Response r = signed("sts", CALLER_IDENTITY, null, null).post("/");

        r.then().statusCode(200).contentType(startsWith("text/xml")).header("x-amzn-RequestId", notNullValue());
        assertThat(r.asString()).startsWith(
                "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>");
        XmlPath xml = XmlPath.from(r.asString());
        assertThat(xml.getString("GetCallerIdentityResponse.GetCallerIdentityResult.Arn")).isEqualTo(SignedRequests.ROOT_ARN);
        assertThat(xml.getString("GetCallerIdentityResponse.GetCallerIdentityResult.Account"))
                .isEqualTo(SignedRequests.ACCOUNT_ID);
        assertThat(xml.getString("GetCallerIdentityResponse.ResponseMetadata.RequestId"))
                .isEqualTo(r.header("x-amzn-RequestId"));
    }

    @Test
    void postWhenActionInQueryStringThenDispatched() {
        Response r = signed("sts", "", CALLER_IDENTITY, null).post("/?" + CALLER_IDENTITY);

        r.then().statusCode(200);
        assertThat(XmlPath.from(r.asString()).getString("GetCallerIdentityResponse.GetCallerIdentityResult.Arn"))
                .isEqualTo(SignedRequests.ROOT_ARN);
    }

    @Test
    void postWhenActionMissingThenMissingAction() {
        XmlPath error = assertError(form("Version=2011-06-15"), 400, "MissingAction");

        assertThat(error.getString("ErrorResponse.Error.Message")).isEqualTo("The request must contain the parameter Action");
    }

    @Test
    void postWhenNothingSentThenMissingActionAsXml() {
        assertError(RestAssured.given().post("/"), 400, "MissingAction");
    }

    @Test
    void postWhenVersionMissingThenMissingParameter() {
        XmlPath error = assertError(form("Action=GetCallerIdentity"), 400, "MissingParameter");

        assertThat(error.getString("ErrorResponse.Error.Message")).isEqualTo("The request must contain the parameter Version");
    }

    @Test
    void postWhenActionUnknownThenInvalidActionWithEscapedName() {
        XmlPath error = assertError(form(STS + "Fly%3CTo%3E%26Moon"), 400, "InvalidAction");

        assertThat(error.getString("ErrorResponse.Error.Message"))
                .isEqualTo("Could not find operation Fly<To>&Moon for version 2011-06-15");
    }

    @Test
    void postWhenVersionOfAnotherServiceThenInvalidAction() {
        XmlPath error = assertError(form("Version=2010-05-08&Action=GetCallerIdentity"), 400, "InvalidAction");

        assertThat(error.getString("ErrorResponse.Error.Message"))
                .isEqualTo("Could not find operation GetCallerIdentity for version 2010-05-08");
    }

    @Test
    void postWhenPercentEncodingBrokenThenMalformedQueryString() {
        XmlPath error = assertError(form(CALLER_IDENTITY + "&Bad=%G1"), 404, "MalformedQueryString");

        assertThat(error.getString("ErrorResponse.Error.Message")).isEqualTo("The request body has an invalid percent-encoding");
    }

    @Test
    void postWhenParameterNotUtf8ThenMalformedQueryString() {
        assertError(form(CALLER_IDENTITY + "&Bad=%FF%FE"), 404, "MalformedQueryString");
    }

    @Test
    void postWhenBodyNotAFormThenMalformedQueryString() {
        Response r = RestAssured.given().contentType("text/plain").body(CALLER_IDENTITY).post("/");

        assertThat(assertError(r, 404, "MalformedQueryString").getString("ErrorResponse.Error.Message"))
                .isEqualTo("Content-Type must be application/x-www-form-urlencoded");
    }

    @Test
    void postWhenParameterRepeatedThenInvalidQueryParameter() {
        XmlPath error = assertError(form(CALLER_IDENTITY + "&Action=ListAccountAliases"), 400, "InvalidQueryParameter");

        assertThat(error.getString("ErrorResponse.Error.Message")).isEqualTo("The parameter Action appears more than once");
    }

    @Test
    void postWhenBodyOverOneMebibyteThen413ErrorResponse() {
        String body = CALLER_IDENTITY + "&Pad=" + "x".repeat(SigV4AuthenticationFilter.MAX_BODY_BYTES);

        assertError(form(body), 413, "RequestEntityTooLarge");
    }

    @Test
    void signedOperationWhenUnsignedThenMissingAuthenticationToken() {
        XmlPath error = assertError(form(CALLER_IDENTITY), 403, "MissingAuthenticationToken");

        assertThat(error.getString("ErrorResponse.Error.Message")).isEqualTo("Request is missing Authentication Token");
    }

    @Test
    void signedOperationWhenSignedForAnotherServiceThenSignatureDoesNotMatch() {
        XmlPath error = assertError(signed("iam", CALLER_IDENTITY, null, null).post("/"), 403, "SignatureDoesNotMatch");

        assertThat(error.getString("ErrorResponse.Error.Message"))
                .isEqualTo("Credential should be scoped to service 'sts' in region 'us-east-1'");
    }

    @Test
    void signedOperationWhenSignatureExpiredThenSignatureDoesNotMatch() {
        Response r = signed("sts", CALLER_IDENTITY, null, Instant.now().minusSeconds(3600)).post("/");

        assertThat(assertError(r, 403, "SignatureDoesNotMatch").getString("ErrorResponse.Error.Message"))
                .startsWith("Signature expired: ");
    }

    @Test
    void signedOperationWhenAuthorizationGarbledThenIncompleteSignature() {
        Response r = RestAssured.given().contentType(FORM).header("Authorization", "AWS4-HMAC-SHA256 Credential=garbage")
                .header("X-Amz-Date", "20261128T000000Z").body(CALLER_IDENTITY).post("/");

        assertError(r, 400, "IncompleteSignature");
    }

    @Test
    void signedOperationWhenBodyChangedAfterSigningThenSignatureDoesNotMatch() {
        Response r = signed("sts", CALLER_IDENTITY, null, null).body(CALLER_IDENTITY + "&Extra=1").post("/");

        assertError(r, 403, "SignatureDoesNotMatch");
    }

    private static XmlPath assertError(Response r, int status, String code) {
        r.then().statusCode(status).contentType(startsWith("text/xml")).header("x-amzn-RequestId", notNullValue());
        assertThat(r.asString()).startsWith("<ErrorResponse><Error><Type>" + (status >= 500 ? "Receiver" : "Sender") + "</Type>");
        XmlPath xml = XmlPath.from(r.asString());
        assertThat(xml.getString("ErrorResponse.Error.Code")).isEqualTo(code);
        assertThat(xml.getString("ErrorResponse.RequestId")).isEqualTo(r.header("x-amzn-RequestId"));
        return xml;
    }

    private static Response form(String body) {
        return RestAssured.given().contentType(FORM).body(body).post("/");
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Signs {@code POST /} (with {@code query} as the raw query string) for {@code service} with the SDK's own signer. */
    private static RequestSpecification signed(String service, String body, String query, Instant signingTime) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/" + (query == null ? "" : "?" + query)))
                .putHeader("Content-Type", FORM).build();
        var signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY))
                    .request(request)
                    .payload(ContentStreamProvider.fromByteArray(bytes(body)))
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, SignedRequests.REGION);
            if (signingTime != null) {
                r.putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC));
            }
        });
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host")) {
                spec = spec.header(header.getKey(), String.join(",", header.getValue()));
            }
        }
        return spec.body(body);
    }
}
