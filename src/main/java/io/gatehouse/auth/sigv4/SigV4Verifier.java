package io.gatehouse.auth.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) in its header and presigned query
 * forms, canonicalizing as AWS does for every service except S3. Pure: no I/O, no framework,
 * the secret comes from the caller's {@link SecretLookup} and the time from the caller.
 * Thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html">AWS Signature Version 4 for API requests</a>
 */
public final class SigV4Verifier {

    /** The SHA-256 of an empty body, in hex. */
    public static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private final SigningWindow window;

    /** {@code allowedSkew} is how far the signing time may be from now; AWS uses 5 minutes. */
    public SigV4Verifier(Duration allowedSkew) {
        this.window = new SigningWindow(allowedSkew);
    }

    /**
     * The session token the request carries ({@code X-Amz-Security-Token} header or query
     * parameter), or null: temporary credentials need it to find their secret before verification.
     */
    public static String sessionToken(SignedRequest request) {
        return SignatureParameters.sessionToken(request);
    }

    /** The lower-case hex SHA-256 of a body, as the canonical request's last line holds it. */
    public static String bodySha256(byte[] body) {
        return Sha256.hex(body);
    }

    /**
     * Returns who signed {@code request}, or throws {@link SigV4Exception} saying why the
     * signature is not acceptable at {@code now}.
     */
    public VerifiedSignature verify(SignedRequest request, SecretLookup lookup, Instant now) {
        Objects.requireNonNull(request, "request");
        return verify(request, Sha256.hex(request.body()), lookup, now);
    }

    /**
     * As {@link #verify(SignedRequest, SecretLookup, Instant)} for a request known only by its
     * description, whose body is given by its SHA-256 {@code bodySha256} (64 lower-case hex digits)
     * and whose {@link SignedRequest#body()} is ignored.
     */
    public VerifiedSignature verify(SignedRequest request, String bodySha256, SecretLookup lookup, Instant now) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(bodySha256, "bodySha256");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(now, "now");
        SignatureParameters params = SignatureParameters.from(request);
        requireHostSigned(params);
        requireScopeDateMatchesSigningDate(params);
        window.check(params, now);
        String payloadHash = PayloadHash.resolve(request, bodySha256);
        String secret = secretOf(params.credential(), lookup);
        requireSignatureMatches(request, params, payloadHash, secret);
        CredentialScope scope = params.credential();
        return new VerifiedSignature(
                scope.accessKeyId(), scope.region(), scope.service(), params.sessionToken(), params.signedAt());
    }

    /** "The host header must be included as a signed header." */
    private static void requireHostSigned(SignatureParameters params) {
        if (!params.signedHeaders().contains(SigV4Names.HOST)) {
            throw SignatureParameters.malformed("'Host' must be a 'SignedHeader' in the AWS Authorization");
        }
    }

    /** The scope date "must match the value that you use in the X-Amz-Date" (its first 8 characters). */
    private static void requireScopeDateMatchesSigningDate(SignatureParameters params) {
        String signingDay = AmzDate.day(params.signedAt());
        if (!signingDay.equals(params.credential().date())) {
            throw new SigV4Exception(SigV4Failure.SIGNATURE_MISMATCH,
                    "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                            + params.credential().date() + "' != '" + signingDay + "'");
        }
    }

    private static String secretOf(CredentialScope scope, SecretLookup lookup) {
        return lookup.secretFor(scope.accessKeyId()).orElseThrow(() -> new SigV4Exception(
                SigV4Failure.UNKNOWN_ACCESS_KEY, "The security token included in the request is invalid"));
    }

    private static void requireSignatureMatches(
            SignedRequest request, SignatureParameters params, String payloadHash, String secret) {
        String canonical = CanonicalRequest.build(request, params.signedHeaders(), payloadHash);
        String stringToSign = SignatureCalculator.stringToSign(params, canonical);
        String expected = SignatureCalculator.sign(secret, params.credential(), stringToSign);
        boolean matches = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), params.signature().getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            throw new SigV4Exception(SigV4Failure.SIGNATURE_MISMATCH,
                    "The request signature we calculated does not match the signature you provided. "
                            + "Check your AWS Secret Access Key and signing method.");
        }
    }
}
