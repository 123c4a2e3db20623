package io.gatehouse.account;

import java.util.Optional;

/** Storage of accounts, their root password hash and their access keys (secrets sealed under the master key). */
public interface AccountStore {

    boolean anyAccount();

    void insert(Account account, String rootPasswordHash);

    Optional<Account> find(String accountId);

    /** True when some account's root user has this e-mail, compared case-insensitively. */
    boolean rootEmailInUse(String rootEmail);

    void insertAccessKey(String accessKeyId, String accountId, String principalArn, byte[] sealedSecret);

    Optional<StoredAccessKey> findAccessKey(String accessKeyId);

    record StoredAccessKey(String accessKeyId, String accountId, String principalArn, byte[] sealedSecret, boolean active) {
    }
}
