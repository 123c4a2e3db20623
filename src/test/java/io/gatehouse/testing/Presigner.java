package io.gatehouse.testing;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Presigns requests with the AWS SDK's own signer ({@code AUTH_LOCATION = QUERY_STRING}) and sends
 * them over real HTTP exactly as presigned, e.g.
 * <pre>Presigner.root().service("iam").presign("GET", "/?Action=ListUsers&amp;Version=2010-05-08", null, null)</pre>
 */
public final class Presigner {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final AwsCredentialsIdentity credentials;
    private final String service;
    private final Duration expires;
    private final Clock clock;

    private Presigner(AwsCredentialsIdentity credentials, String service, Duration expires, Clock clock) {
        this.credentials = credentials;
        this.service = service;
        this.expires = expires;
        this.clock = clock;
    }

    /** The bootstrap root key, service {@code gatehouse}, valid 5 minutes from now. */
    public static Presigner root() {
        return as(SignedRequests.ACCESS_KEY_ID, SignedRequests.SECRET_ACCESS_KEY);
    }

    public static Presigner as(String accessKeyId, String secretAccessKey) {
        return new Presigner(AwsCredentialsIdentity.create(accessKeyId, secretAccessKey), SignedRequests.SERVICE,
                Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** Temporary credentials: the SDK adds the session token as {@code X-Amz-Security-Token}. */
    public static Presigner withSession(String accessKeyId, String secretAccessKey, String sessionToken) {
        return new Presigner(AwsSessionCredentialsIdentity.create(accessKeyId, secretAccessKey, sessionToken),
                SignedRequests.SERVICE, Duration.ofMinutes(5), Clock.systemUTC());
    }

    public Presigner service(String signingName) {
        return new Presigner(credentials, signingName, expires, clock);
    }

    public Presigner expires(Duration validity) {
        return new Presigner(credentials, service, validity, clock);
    }

    /** Signs as if at the instant of {@code signingClock} (e.g. an hour ago, for an expired URL). */
    public Presigner signedBy(Clock signingClock) {
        return new Presigner(credentials, service, expires, signingClock);
    }

    /** A presigned request: the full URL and the headers to send with it (Host excluded). */
    public record Presigned(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

        /** The same request with its URL replaced, for tampering. */
        public Presigned withUri(String url) {
            return new Presigned(method, URI.create(url), headers, body);
        }

        /** The same request with one more header. */
        public Presigned withHeader(String name, String value) {
            Map<String, List<String>> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, List.of(value));
            return new Presigned(method, uri, more, body);
        }

        /** Sends it over real HTTP and returns the response with its body as text. */
        public HttpResponse<String> send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Host")) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Presigns {@code pathAndQuery} (already percent-encoded) with an optional body of {@code contentType}. */
    public Presigned presign(String method, String pathAndQuery, String contentType, byte[] body) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + pathAndQuery));
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        SdkHttpRequest signed = SIGNER.sign(r -> r.identity(credentials).request(request.build())
                .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, SignedRequests.REGION)
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, expires)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock)).request();
        return new Presigned(method, signed.getUri(), signed.headers(), body);
    }
}
