package io.gatehouse.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Sends RestAssured requests signed with AWS Signature Version 4 by the real AWS SDK signer, as
 * the bootstrap root user of the test profile (or other credentials). Paths are sent exactly as
 * given, so percent-encode path segments and query values yourself, e.g.
 * <pre>SignedRequests.root().post("/api/v1/user-pools", "{\"name\": \"demo\"}").then().statusCode(201);</pre>
 */
public final class SignedRequests {

    /** The bootstrap account and root access key set by {@code %test.gatehouse.bootstrap.*}. */
    public static final String ACCOUNT_ID = "000000000000";
    public static final String ROOT_ARN = "arn:aws:iam::" + ACCOUNT_ID + ":root";
    public static final String ACCESS_KEY_ID = "AKIATESTROOTKEY00001";
    public static final String SECRET_ACCESS_KEY = "test-root-secret-key-0000000000000000000";
    public static final String SERVICE = "gatehouse";
    public static final String REGION = "us-east-1";
    public static final String JSON = "application/json; charset=UTF-8";

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final AwsCredentialsIdentity credentials;

    private SignedRequests(AwsCredentialsIdentity credentials) {
        this.credentials = credentials;
    }

    /** Signs as the bootstrap account's root user. */
    public static SignedRequests root() {
        return as(ACCESS_KEY_ID, SECRET_ACCESS_KEY);
    }

    /** Signs with the given access key. */
    public static SignedRequests as(String accessKeyId, String secretAccessKey) {
        return new SignedRequests(AwsCredentialsIdentity.create(accessKeyId, secretAccessKey));
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    /** Signs and sends; {@code body} is a JSON string, an object to serialize, or null for none. */
    public Response send(String method, String path, Object body) {
        return given(method, path, body).request(method, path);
    }

    /**
     * A RestAssured specification carrying the signed headers and body, for tests that alter the
     * request after signing; send it with {@code .request(method, path)} using the same method and path.
     */
    public RequestSpecification given(String method, String path, Object body) {
        return given(method, path, JSON, body == null ? null : json(body).getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #given(String, String, Object)} for a body of any media type; null for no body. */
    public RequestSpecification given(String method, String path, String contentType, byte[] payload) {
        RequestSpecification spec = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        for (Map.Entry<String, List<String>> header : sign(method, path, contentType, payload).entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host")) {
                spec = spec.header(header.getKey(), String.join(",", header.getValue()));
            }
        }
        return payload == null ? spec : spec.body(payload);
    }

    private Map<String, List<String>> sign(String method, String path, String contentType, byte[] payload) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path));
        if (payload != null) {
            request.putHeader("Content-Type", contentType);
        }
        SignedRequest signed = SIGNER.sign(r -> r.identity(credentials).request(request.build())
                .payload(payload == null ? null : ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, REGION));
        return signed.request().headers();
    }

    private static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
