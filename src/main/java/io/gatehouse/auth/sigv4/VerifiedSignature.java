package io.gatehouse.auth.sigv4;

import java.time.Instant;
import java.util.Objects;

/**
 * What a valid Signature Version 4 proves: who signed (the access key id), for which region and
 * service the credential was scoped, and when. The session token is the one sent with
 * temporary credentials, or null; the verifier does not validate it, the caller must.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html">Create a signed AWS API request</a>
 */
public record VerifiedSignature(
        String accessKeyId, String region, String service, String sessionToken, Instant signedAt) {

    public VerifiedSignature {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    /** Omits the session token, which is a bearer credential. */
    @Override
    public String toString() {
        return "VerifiedSignature[accessKeyId=" + accessKeyId + ", region=" + region + ", service=" + service
                + ", sessionToken=" + (sessionToken == null ? "none" : "present") + ", signedAt=" + signedAt + "]";
    }
}
