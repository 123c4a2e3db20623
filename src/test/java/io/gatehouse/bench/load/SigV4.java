package io.gatehouse.bench.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs a POST with AWS Signature Version 4 by the AWS SDK's own signer (the signer alone, not an
 * SDK client) for one access key, service and region, and turns it into a JDK request. Thread-safe.
 */
final class SigV4 {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    /** Headers the JDK client sets itself and refuses from callers; it sends the same values. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length");

    private final AwsCredentialsIdentity credentials;
    private final String service;
    private final String region;

    SigV4(String accessKeyId, String secretAccessKey, String service, String region) {
        this.credentials = AwsCredentialsIdentity.create(accessKeyId, secretAccessKey);
        this.service = service;
        this.region = region;
    }

    /** A signed POST of {@code body} with its content type and extra header name/value pairs. */
    HttpRequest post(String url, String contentType, String body, String... headers) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(url))
                .putHeader("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.putHeader(headers[i], headers[i + 1]);
        }
        SdkHttpRequest signed = SIGNER.sign(r -> r.identity(credentials).request(request.build())
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)).request();
        HttpRequest.Builder builder = Http.request(url);
        for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
            if (!SET_BY_CLIENT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                builder.header(header.getKey(), String.join(",", header.getValue()));
            }
        }
        return builder.POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build();
    }
}
