package io.gatehouse.account.store;

import io.gatehouse.account.Account;
import io.gatehouse.account.AccountStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
class PgAccountStore implements AccountStore {

    private static final String ACTIVE = "Active";

    private final Clock clock;

    PgAccountStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean anyAccount() {
        return AccountEntity.count() > 0;
    }

    @Override
    public void insert(Account account, String rootPasswordHash) {
        AccountEntity e = new AccountEntity();
        e.id = account.id();
        e.name = account.name();
        e.rootEmail = account.rootEmail();
        e.rootPassword = rootPasswordHash;
        e.createdAt = account.createdAt();
        e.persist();
    }

    @Override
    public Optional<Account> find(String accountId) {
        return AccountEntity.<AccountEntity>findByIdOptional(accountId)
                .map(e -> new Account(e.id, e.name, e.rootEmail, e.createdAt));
    }

    @Override
    public boolean rootEmailInUse(String rootEmail) {
        return AccountEntity.count("lower(rootEmail) = ?1", rootEmail.toLowerCase(Locale.ROOT)) > 0;
    }

    @Override
    public void insertAccessKey(String accessKeyId, String accountId, String principalArn, byte[] sealedSecret) {
        AccessKeyEntity e = new AccessKeyEntity();
        e.accessKeyId = accessKeyId;
        e.accountId = accountId;
        e.principalArn = principalArn;
        e.secretSealed = sealedSecret;
        e.status = ACTIVE;
        e.createdAt = clock.instant();
        e.persist();
    }

    @Override
    public Optional<StoredAccessKey> findAccessKey(String accessKeyId) {
        return AccessKeyEntity.<AccessKeyEntity>findByIdOptional(accessKeyId)
                .map(e -> new StoredAccessKey(e.accessKeyId, e.accountId, e.principalArn, e.secretSealed, ACTIVE.equals(e.status)));
    }
}
