package io.gatehouse.org;

import java.time.Instant;

/**
 * An organization ({@code o-…}) and its management account, whose e-mail is the account's root
 * e-mail. {@code featureSet} is always {@code ALL} in Gatehouse.
 */
public record Organization(String id, String managementAccountId, String managementAccountEmail, String featureSet,
                           Instant createdAt) {

    public static final String ALL_FEATURES = "ALL";

    public String arn() {
        return OrgArns.organization(managementAccountId, id);
    }
}
