package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;

/**
 * The account's password policy for IAM users. A field left out of UpdateAccountPasswordPolicy
 * takes its default (minimum length 6, nothing required, no expiry, no reuse prevention), as
 * "this operation does not support partial updates". {@code maxPasswordAge},
 * {@code passwordReusePrevention} and {@code hardExpiry} are null when not set.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html">UpdateAccountPasswordPolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html">PasswordPolicy</a>
 */
public record AccountPasswordPolicy(int minimumPasswordLength, boolean requireSymbols, boolean requireNumbers,
                                    boolean requireUppercaseCharacters, boolean requireLowercaseCharacters,
                                    boolean allowUsersToChangePassword, Integer maxPasswordAge,
                                    Integer passwordReusePrevention, Boolean hardExpiry) {

    /** The symbols IAM counts: "! @ # $ % ^ & * ( ) _ + - = [ ] { } | '". */
    static final String SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

    public AccountPasswordPolicy {
        range("minimumPasswordLength", minimumPasswordLength, 6, 128);
        if (maxPasswordAge != null) {
            range("maxPasswordAge", maxPasswordAge, 1, 1095);
        }
        if (passwordReusePrevention != null) {
            range("passwordReusePrevention", passwordReusePrevention, 1, 24);
        }
    }

    /** Builds a policy from an update request, applying AWS's defaults to absent fields. */
    public static AccountPasswordPolicy fromUpdate(Integer minimumPasswordLength, Boolean requireSymbols,
                                                   Boolean requireNumbers, Boolean requireUppercaseCharacters,
                                                   Boolean requireLowercaseCharacters, Boolean allowUsersToChangePassword,
                                                   Integer maxPasswordAge, Integer passwordReusePrevention,
                                                   Boolean hardExpiry) {
        return new AccountPasswordPolicy(minimumPasswordLength == null ? 6 : minimumPasswordLength,
                Boolean.TRUE.equals(requireSymbols), Boolean.TRUE.equals(requireNumbers),
                Boolean.TRUE.equals(requireUppercaseCharacters), Boolean.TRUE.equals(requireLowercaseCharacters),
                Boolean.TRUE.equals(allowUsersToChangePassword), maxPasswordAge, passwordReusePrevention, hardExpiry);
    }

    /** "ExpirePasswords: Indicates whether passwords in the account expire." */
    public boolean expirePasswords() {
        return maxPasswordAge != null;
    }

    /** Throws {@code PasswordPolicyViolation} naming every rule {@code password} breaks. */
    public void check(String password) {
        StringBuilder broken = new StringBuilder();
        if (password.length() < minimumPasswordLength) {
            broken.append(" Password should have at least ").append(minimumPasswordLength).append(" characters.");
        }
        if (requireSymbols && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            broken.append(" Password should have at least one symbol.");
        }
        if (requireNumbers && password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            broken.append(" Password should have at least one number.");
        }
        if (requireUppercaseCharacters && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            broken.append(" Password should have at least one uppercase letter.");
        }
        if (requireLowercaseCharacters && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            broken.append(" Password should have at least one lowercase letter.");
        }
        if (!broken.isEmpty()) {
            throw new GatehouseException(IamError.PASSWORD_POLICY_VIOLATION,
                    "Password does not conform to the account password policy." + broken);
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw IamInput.violation(field, Integer.toString(value),
                    "Member must have value " + (value < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
    }
}
