package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a new IAM user password is acceptable: the account's password policy when it
 * has one, otherwise AWS's default policy ("minimum password length of 8 characters, a minimum of
 * three of the following mix of character types: uppercase, lowercase, numbers, and symbols;
 * must not be identical to your AWS account name or email address"); and no reuse of the last
 * {@code PasswordReusePrevention} passwords.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html">Set an account password policy for IAM users</a>
 */
@ApplicationScoped
public class PasswordRules {

    private static final int DEFAULT_MINIMUM = 8;

    private final AccountSettingsStore settings;
    private final PasswordHasher hasher;

    public PasswordRules(AccountSettingsStore settings, PasswordHasher hasher) {
        this.settings = settings;
        this.hasher = hasher;
    }

    /** Throws {@code PasswordPolicyViolation} when {@code password} may not be set for {@code userName}. */
    public void check(String accountId, String userName, String password, List<String> previousHashes) {
        AccountPasswordPolicy policy = settings.passwordPolicy(accountId).orElse(null);
        if (policy == null) {
            checkDefault(accountId, userName, password);
            return;
        }
        policy.check(password);
        Integer reuse = policy.passwordReusePrevention();
        if (reuse != null && previousHashes.stream().limit(reuse).anyMatch(h -> hasher.verify(password, h))) {
            throw new GatehouseException(IamError.PASSWORD_POLICY_VIOLATION, "Password does not conform to the account "
                    + "password policy. Password was used within the last " + reuse + " passwords.");
        }
    }

    private static void checkDefault(String accountId, String userName, String password) {
        int kinds = 0;
        kinds += password.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0;
        kinds += password.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0;
        kinds += password.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0;
        kinds += password.chars().anyMatch(c -> AccountPasswordPolicy.SYMBOLS.indexOf(c) >= 0) ? 1 : 0;
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.length() < DEFAULT_MINIMUM || kinds < 3 || lower.equals(accountId)
                || lower.equals(userName.toLowerCase(Locale.ROOT))) {
            throw new GatehouseException(IamError.PASSWORD_POLICY_VIOLATION, "Password does not conform to the "
                    + "account password policy. With no policy set, a password needs at least 8 characters, three of "
                    + "uppercase letters, lowercase letters, numbers and symbols, and must differ from the user and account name.");
        }
    }
}
