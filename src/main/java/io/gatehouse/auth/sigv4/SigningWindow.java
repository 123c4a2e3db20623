package io.gatehouse.auth.sigv4;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time rules: a header-signed request must be signed within the allowed clock skew of now,
 * in either direction; a presigned request must not be signed in the future beyond the skew and
 * is valid until its signing time plus {@code X-Amz-Expires}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html">Troubleshoot Signature Version 4 (clock skew)</a>
 */
final class SigningWindow {

    private final Duration allowedSkew;

    SigningWindow(Duration allowedSkew) {
        this.allowedSkew = Objects.requireNonNull(allowedSkew, "allowedSkew");
        if (allowedSkew.isNegative()) {
            throw new IllegalArgumentException("allowedSkew must not be negative");
        }
    }

    void check(SignatureParameters params, Instant now) {
        Instant signedAt = params.signedAt();
        Instant earliest = now.minus(allowedSkew);
        Instant latest = now.plus(allowedSkew);
        if (signedAt.isAfter(latest)) {
            throw expired("Signature not yet current: " + AmzDate.basic(signedAt) + " is still later than "
                    + AmzDate.basic(latest) + " (" + AmzDate.basic(now) + " + " + skew() + ")");
        }
        if (params.presigned()) {
            Instant validUntil = signedAt.plus(params.expires());
            if (now.isAfter(validUntil)) {
                throw expired("Request has expired: the presigned request was valid until "
                        + AmzDate.basic(validUntil));
            }
        } else if (signedAt.isBefore(earliest)) {
            throw expired("Signature expired: " + AmzDate.basic(signedAt) + " is now earlier than "
                    + AmzDate.basic(earliest) + " (" + AmzDate.basic(now) + " - " + skew() + ")");
        }
    }

    private String skew() {
        long seconds = allowedSkew.toSeconds();
        return seconds % 60 == 0 ? (seconds / 60) + " min." : seconds + " sec.";
    }

    private static SigV4Exception expired(String message) {
        return new SigV4Exception(SigV4Failure.REQUEST_EXPIRED, message);
    }
}
