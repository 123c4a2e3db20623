package io.gatehouse.auth.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Derives the signing key from the secret and signs the string to sign:
 * <pre>
 * kSigning  = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")
 * signature = hex(HMAC(kSigning, "AWS4-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + hex(SHA256(canonicalRequest))))
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#derive-signing-key">Derive a signing key</a>
 */
final class SignatureCalculator {

    private SignatureCalculator() {
    }

    static String stringToSign(SignatureParameters params, String canonicalRequest) {
        return SigV4Names.ALGORITHM + "\n"
                + AmzDate.basic(params.signedAt()) + "\n"
                + params.credential().scope() + "\n"
                + Sha256.hex(canonicalRequest);
    }

    /** Lower-case hex signature of {@code stringToSign}. */
    static String sign(String secretAccessKey, CredentialScope scope, String stringToSign) {
        byte[] key = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
        key = Sha256.hmac(key, scope.date());
        key = Sha256.hmac(key, scope.region());
        key = Sha256.hmac(key, scope.service());
        key = Sha256.hmac(key, SigV4Names.SCOPE_TERMINATOR);
        return HexFormat.of().formatHex(Sha256.hmac(key, stringToSign));
    }
}
