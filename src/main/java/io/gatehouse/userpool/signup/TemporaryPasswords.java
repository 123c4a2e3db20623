package io.gatehouse.userpool.signup;

import io.gatehouse.core.Ids;
import io.gatehouse.userpool.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Temporary passwords for AdminCreateUser without TemporaryPassword, as Cognito generates them:
 * random, at least the policy's minimum length (and never under 12 characters), with one
 * character of each class the policy requires.
 */
@ApplicationScoped
public class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%&*+-=?@^_";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final int MIN_LENGTH = 12;

    private final Ids ids;

    public TemporaryPasswords(Ids ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public String generate(PasswordPolicy policy) {
        int length = Math.max(MIN_LENGTH, policy.minimumLength());
        List<Character> chars = new ArrayList<>();
        for (String alphabet : new String[] {UPPER, LOWER, DIGITS, SYMBOLS}) {
            chars.add(pick(alphabet));
        }
        while (chars.size() < length) {
            chars.add(pick(ALL));
        }
        for (int i = chars.size() - 1; i > 0; i--) {
            Collections.swap(chars, i, ids.below(i + 1));
        }
        StringBuilder out = new StringBuilder(length);
        chars.forEach(out::append);
        return out.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(ids.below(alphabet.length()));
    }
}
