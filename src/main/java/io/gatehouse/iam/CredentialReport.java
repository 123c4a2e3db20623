package io.gatehouse.iam;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A generated credential report: CSV ({@code text/csv}) with one row per user, the root user first.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html">Getting credential reports</a>
 */
public record CredentialReport(String csv, Instant generatedAt) {

    public static final String FORMAT = "text/csv";

    public byte[] content() {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
