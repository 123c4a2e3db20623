package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;

/**
 * Cognito's default password policy: at least 8 characters with an upper-case letter, a
 * lower-case letter, a digit and a symbol; at most 256 characters.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html">Cognito password policy</a>
 */
public final class PasswordPolicy {

    private static final int MIN = 8;
    private static final int MAX = 256;
    private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            throw invalid("Password must be 8 to 256 characters long");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            throw invalid("Password must contain an upper-case letter");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            throw invalid("Password must contain a lower-case letter");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            throw invalid("Password must contain a number");
        }
        if (password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            throw invalid("Password must contain a symbol");
        }
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PASSWORD, message);
    }
}
