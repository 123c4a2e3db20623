package io.gatehouse.iam;

import java.time.Instant;

/**
 * One version of a managed policy's document; {@code v1}, {@code v2}… in the order created.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyVersion.html">PolicyVersion</a>
 */
public record PolicyVersion(int version, String document, boolean isDefault, Instant createdAt) {

    public String versionId() {
        return "v" + version;
    }
}
