package io.gatehouse.iam;

import java.time.Instant;
import java.util.Map;

/**
 * A virtual MFA device, e.g. serial {@code arn:aws:iam::123456789012:mfa/alice-phone}. It is
 * unassigned until EnableMFADevice binds it to an IAM user ({@code userId}) or to the account's
 * root user ({@code rootAccountId}); {@code lastUsedStep} is the TOTP step of the last accepted
 * code, so no code is accepted twice.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_VirtualMFADevice.html">VirtualMFADevice</a>
 */
public record MfaDevice(String serialNumber, String accountId, String userId, String rootAccountId, Instant enabledAt,
                        Long lastUsedStep, Map<String, String> tags, Instant createdAt) {

    public MfaDevice {
        tags = tags == null ? Map.of() : tags;
    }

    public boolean assigned() {
        return userId != null || rootAccountId != null;
    }
}
