package io.gatehouse.iam;

import java.util.Optional;

/**
 * The account-level IAM settings kept on the account row: its alias (unique across all accounts)
 * and its password policy.
 */
public interface AccountSettingsStore {

    Optional<AccountPasswordPolicy> passwordPolicy(String accountId);

    void setPasswordPolicy(String accountId, AccountPasswordPolicy policy);

    /** False when there was no policy. */
    boolean deletePasswordPolicy(String accountId);

    Optional<String> alias(String accountId);

    /** The account that uses {@code alias}, if any. */
    Optional<String> accountWithAlias(String alias);

    /** Sets or clears ({@code null}) the alias. */
    void setAlias(String accountId, String alias);
}
