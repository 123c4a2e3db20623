package io.gatehouse.auth.sigv4;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Object mother for signed requests. Requests are signed by the AWS SDK for Java v2 signer, an
 * implementation independent of the verifier, so each test changes one thing of a request that
 * AWS itself would accept.
 */
final class TestRequests {

    static final String ACCESS_KEY_ID = "AKIAEXAMPLEVECTORS01";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final Instant SIGNED_AT = Instant.parse("2026-11-28T02:20:30Z");

    private TestRequests() {
    }

    /** The lookup that knows only {@link #ACCESS_KEY_ID}. */
    static SecretLookup knownKey() {
        return id -> id.equals(ACCESS_KEY_ID) ? Optional.of(SECRET) : Optional.empty();
    }

    /** {@code POST /api/v1/user-pools} with a JSON body. */
    static Builder jsonPost() {
        return new Builder("POST", "/api/v1/user-pools")
                .header("Content-Type", "application/json")
                .body("{\"PoolName\":\"demo\"}");
    }

    /** {@code GET} of a user whose name needs percent-encoding, with a query. */
    static Builder get() {
        return new Builder("GET", "/api/v1/user-pools/us-east-1_DemoPool1/users/j%C3%BCrgen")
                .query("limit", "10");
    }

    static final class Builder {
        private final String method;
        private String encodedPath;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private String secret = SECRET;
        private String sessionToken;
        private Instant signedAt = SIGNED_AT;
        private Duration presignedFor;
        private boolean signPayload = true;

        private Builder(String method, String encodedPath) {
            this.method = method;
            this.encodedPath = encodedPath;
        }

        Builder path(String encoded) {
            this.encodedPath = encoded;
            return this;
        }

        Builder query(String name, String... decodedValues) {
            query.put(name, List.of(decodedValues));
            return this;
        }

        Builder header(String name, String... values) {
            headers.put(name, List.of(values));
            return this;
        }

        Builder body(String utf8) {
            this.body = utf8.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Builder secret(String secretAccessKey) {
            this.secret = secretAccessKey;
            return this;
        }

        Builder sessionToken(String token) {
            this.sessionToken = token;
            return this;
        }

        Builder signedAt(Instant instant) {
            this.signedAt = instant;
            return this;
        }

        Builder presignedFor(Duration expires) {
            this.presignedFor = expires;
            return this;
        }

        Builder unsignedPayload() {
            this.signPayload = false;
            return this;
        }

        /** Signs with the AWS SDK for service {@code gatehouse} in {@code us-east-1}. */
        SignedRequest sign() {
            SdkHttpRequest.Builder http = SdkHttpRequest.builder()
                    .method(SdkHttpMethod.fromValue(method))
                    .protocol("https").host("localhost").port(8443)
                    .encodedPath(encodedPath);
            query.forEach(http::putRawQueryParameter);
            headers.forEach(http::putHeader);
            AwsCredentialsIdentity identity = sessionToken == null
                    ? AwsCredentialsIdentity.create(ACCESS_KEY_ID, secret)
                    : AwsSessionCredentialsIdentity.create(ACCESS_KEY_ID, secret, sessionToken);
            var signed = AwsV4HttpSigner.create().sign(r -> {
                r.identity(identity)
                        .request(http.build())
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "gatehouse")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, signPayload)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC));
                if (presignedFor != null) {
                    r.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                            .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, presignedFor);
                }
            });
            SdkHttpRequest out = signed.request();
            byte[] sentBody = signed.payload().map(TestRequests::readAll).orElse(new byte[0]);
            Map<String, List<String>> sentHeaders = new LinkedHashMap<>(out.headers());
            sentHeaders.putIfAbsent("Host", List.of(out.host() + ":" + out.port()));
            return new SignedRequest(out.method().name(), out.encodedPath(), out.rawQueryParameters(), sentHeaders,
                    sentBody);
        }
    }

    /** {@code request} with one header replaced, as a tampering proxy would send it. */
    static SignedRequest withHeader(SignedRequest request, String name, String... values) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.put(name.toLowerCase(Locale.ROOT), List.of(values));
        return new SignedRequest(request.method(), request.rawPath(), request.query(), headers, request.body());
    }

    /** {@code request} without one header. */
    static SignedRequest withoutHeader(SignedRequest request, String name) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.remove(name.toLowerCase(Locale.ROOT));
        return new SignedRequest(request.method(), request.rawPath(), request.query(), headers, request.body());
    }

    /** {@code request} with one query parameter replaced. */
    static SignedRequest withQuery(SignedRequest request, String name, String value) {
        Map<String, List<String>> query = new LinkedHashMap<>(request.query());
        query.put(name, List.of(value));
        return new SignedRequest(request.method(), request.rawPath(), query, request.headers(), request.body());
    }

    static SignedRequest withBody(SignedRequest request, String utf8) {
        return new SignedRequest(request.method(), request.rawPath(), request.query(), request.headers(),
                utf8.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readAll(ContentStreamProvider provider) {
        try (InputStream in = provider.newStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
