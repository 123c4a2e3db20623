package io.gatehouse.auth.sigv4;

import java.util.List;
import java.util.Locale;

/**
 * The last line of the canonical request: the value of {@code x-amz-content-sha256} when the
 * client sent one, which must then equal the SHA-256 of the body actually received (or be
 * {@code UNSIGNED-PAYLOAD}); otherwise the SHA-256 of the body. A request described rather than
 * received (a resource server asking {@code /api/v1/authorize}) gives the body's hash instead.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html">x-amz-content-sha256</a>
 */
final class PayloadHash {

    private PayloadHash() {
    }

    static String resolve(SignedRequest request) {
        return resolve(request, Sha256.hex(request.body()));
    }

    /** As {@link #resolve(SignedRequest)} for a body known only by its hex SHA-256 {@code actual}. */
    static String resolve(SignedRequest request, String actual) {
        List<String> declared = request.header(SigV4Names.X_AMZ_CONTENT_SHA256);
        if (declared.isEmpty()) {
            return actual;
        }
        if (declared.size() > 1) {
            throw SignatureParameters.malformed("The x-amz-content-sha256 header must be sent once");
        }
        String value = declared.get(0).strip();
        if (value.equals(SigV4Names.UNSIGNED_PAYLOAD) || value.toLowerCase(Locale.ROOT).equals(actual)) {
            return value;
        }
        // AWS: "The provided 'x-amz-content-sha256' header does not match what was computed."
        throw new SigV4Exception(SigV4Failure.PAYLOAD_HASH_MISMATCH,
                "The provided 'x-amz-content-sha256' header does not match what was computed");
    }
}
