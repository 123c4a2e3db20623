package io.gatehouse.account;

import java.time.Instant;
import java.util.Optional;

/** Storage of accounts, their root password hash and their access keys (secrets sealed under the master key). */
public interface AccountStore {

    boolean anyAccount();

    void insert(Account account, String rootPasswordHash);

    Optional<Account> find(String accountId);

    /** True when some account's root user has this e-mail, compared case-insensitively. */
    boolean rootEmailInUse(String rootEmail);

    /** The account whose root user signs in with {@code email} (case-insensitive), with its password hash. */
    Optional<RootLogin> findRootLogin(String email);

    /** The account with the alias {@code alias}. */
    Optional<String> findAccountByAlias(String alias);

    void rootPasswordUsed(String accountId, Instant at);

    void insertAccessKey(String accessKeyId, String accountId, String principalArn, byte[] sealedSecret);

    Optional<StoredAccessKey> findAccessKey(String accessKeyId);

    /** A root user's sign-in name and password hash. */
    record RootLogin(String accountId, String passwordHash) {

        @Override
        public String toString() {
            return "RootLogin[" + accountId + "]";
        }
    }

    record StoredAccessKey(String accessKeyId, String accountId, String principalArn, String userId, byte[] sealedSecret,
                           boolean active) {
    }
}
