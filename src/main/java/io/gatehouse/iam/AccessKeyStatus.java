package io.gatehouse.iam;

/**
 * Whether an access key may sign requests. An inactive key fails SigV4 with
 * {@code InvalidClientTokenId}, as if it did not exist, until it is activated again.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html">UpdateAccessKey</a>
 */
public enum AccessKeyStatus {
    Active, Inactive;

    /** Parses the wire value, exactly {@code Active} or {@code Inactive}. */
    public static AccessKeyStatus parse(String value) {
        if ("Active".equals(value)) {
            return Active;
        }
        if ("Inactive".equals(value)) {
            return Inactive;
        }
        throw IamInput.violation("status", String.valueOf(value), "Member must satisfy enum value set: [Active, Inactive]");
    }
}
