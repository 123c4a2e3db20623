package io.gatehouse.auth.sigv4;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The signature elements of one request, read either from the {@code Authorization} header or
 * from presigned query parameters: who signed, for which scope, which headers, when, and (for
 * presigned requests) for how long. Parsing checks syntax only; the rules are in
 * {@link SigV4Verifier}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#add-signature-to-request">Add the signature to the request</a>
 */
record SignatureParameters(
        CredentialScope credential,
        List<String> signedHeaders,
        String signature,
        Instant signedAt,
        Duration expires,
        String sessionToken) {

    SignatureParameters {
        Objects.requireNonNull(credential, "credential");
        signedHeaders = List.copyOf(signedHeaders);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    /** Reads the parameters from whichever of the two forms the request uses. */
    static SignatureParameters from(SignedRequest request) {
        boolean header = !request.header(SigV4Names.AUTHORIZATION).isEmpty();
        boolean query = PresignedQuery.isPresent(request);
        if (header && query) {
            // AWS: "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter,
            // Signature query string parameter or the Authorization header should be specified"
            throw malformed("Only one auth mechanism allowed: the Authorization header or the X-Amz-Algorithm "
                    + "query parameters");
        }
        if (header) {
            return AuthorizationHeader.parse(request);
        }
        if (query) {
            return PresignedQuery.parse(request);
        }
        throw new SigV4Exception(SigV4Failure.MISSING_AUTHENTICATION, "Request is missing Authentication Token");
    }

    boolean presigned() {
        return expires != null;
    }

    /** {@code content-type;host;x-amz-date}: lower-case names, none empty or repeated. */
    static List<String> parseSignedHeaders(String value) {
        List<String> names = List.of(value.split(";", -1));
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT)) || !seen.add(name)) {
                throw malformed("SignedHeaders must be a ';'-separated list of distinct lower-case header names");
            }
        }
        return names;
    }

    /** The signature as 64 lower-case hex digits. */
    static String parseSignature(String value) {
        if (!value.matches("[0-9a-f]{64}")) {
            throw malformed("Signature must be 64 lower-case hexadecimal digits");
        }
        return value;
    }

    /** {@code x-amz-security-token} header, else {@code X-Amz-Security-Token} query parameter, else null. */
    static String sessionToken(SignedRequest request) {
        List<String> header = request.header(SigV4Names.X_AMZ_SECURITY_TOKEN);
        List<String> query = request.queryParameter(SigV4Names.QUERY_SECURITY_TOKEN);
        List<String> values = header.isEmpty() ? query : header;
        if (values.size() > 1) {
            throw malformed("The security token must be sent once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    static SigV4Exception malformed(String message) {
        return new SigV4Exception(SigV4Failure.MALFORMED_AUTHORIZATION, message);
    }
}
