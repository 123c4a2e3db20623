package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;

/**
 * A pool's password policy, with Cognito's defaults and bounds: 6 to 99 characters minimum
 * (default 8), each character class required by default, temporary passwords valid 7 days
 * (0 to 365). A missing length or validity takes its default, a missing requirement is off.
 * Passwords longer than 256 characters are always refused.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html">Cognito password policy</a>
 */
public record PasswordPolicy(
        Integer minimumLength,
        Boolean requireUppercase,
        Boolean requireLowercase,
        Boolean requireNumbers,
        Boolean requireSymbols,
        Integer temporaryPasswordValidityDays) {

    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true, 7);
    private static final int MAX = 256;
    private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    public PasswordPolicy {
        minimumLength = minimumLength == null ? 8 : minimumLength;
        requireUppercase = Boolean.TRUE.equals(requireUppercase);
        requireLowercase = Boolean.TRUE.equals(requireLowercase);
        requireNumbers = Boolean.TRUE.equals(requireNumbers);
        requireSymbols = Boolean.TRUE.equals(requireSymbols);
        temporaryPasswordValidityDays = temporaryPasswordValidityDays == null ? 7 : temporaryPasswordValidityDays;
        if (minimumLength < 6 || minimumLength > 99) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "MinimumLength must be 6 to 99");
        }
        if (temporaryPasswordValidityDays < 0 || temporaryPasswordValidityDays > 365) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                    "TemporaryPasswordValidityDays must be 0 to 365");
        }
    }

    public void check(String password) {
        if (password == null || password.length() < minimumLength || password.length() > MAX) {
            throw invalid("Password did not conform with policy: Password must be " + minimumLength
                    + " to " + MAX + " characters long");
        }
        if (requireUppercase && password.chars().noneMatch(Character::isUpperCase)) {
            throw invalid("Password did not conform with policy: Password must have uppercase characters");
        }
        if (requireLowercase && password.chars().noneMatch(Character::isLowerCase)) {
            throw invalid("Password did not conform with policy: Password must have lowercase characters");
        }
        if (requireNumbers && password.chars().noneMatch(Character::isDigit)) {
            throw invalid("Password did not conform with policy: Password must have numeric characters");
        }
        if (requireSymbols && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            throw invalid("Password did not conform with policy: Password must have symbol characters");
        }
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PASSWORD, message);
    }
}
