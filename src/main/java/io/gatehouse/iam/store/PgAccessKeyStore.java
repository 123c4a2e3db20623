package io.gatehouse.iam.store;

import io.gatehouse.iam.AccessKeyStatus;
import io.gatehouse.iam.AccessKeyStore;
import io.gatehouse.iam.IamAccessKey;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgAccessKeyStore implements AccessKeyStore {

    @Override
    public void insert(IamAccessKey key, byte[] sealedSecret) {
        IamAccessKeyEntity e = new IamAccessKeyEntity();
        e.accessKeyId = key.accessKeyId();
        e.accountId = key.accountId();
        e.userId = key.userId();
        e.principalArn = key.principalArn();
        e.secretSealed = sealedSecret;
        e.status = key.status().name();
        e.createdAt = key.createdAt();
        e.persist();
    }

    @Override
    public Optional<IamAccessKey> find(String accessKeyId) {
        return IamAccessKeyEntity.<IamAccessKeyEntity>findByIdOptional(accessKeyId).map(PgAccessKeyStore::toRecord);
    }

    @Override
    public List<IamAccessKey> forUser(String userId) {
        return IamAccessKeyEntity.<IamAccessKeyEntity>find("userId", Sort.by("createdAt"), userId).list().stream()
                .map(PgAccessKeyStore::toRecord).toList();
    }

    @Override
    public List<IamAccessKey> forRoot(String accountId) {
        return IamAccessKeyEntity.<IamAccessKeyEntity>find("accountId = ?1 and userId is null and principalArn = ?2",
                        Sort.by("createdAt"), accountId, "arn:aws:iam::" + accountId + ":root").list().stream()
                .map(PgAccessKeyStore::toRecord).toList();
    }

    @Override
    public void setStatus(String accessKeyId, AccessKeyStatus status) {
        IamAccessKeyEntity.<IamAccessKeyEntity>findById(accessKeyId).status = status.name();
    }

    @Override
    public void delete(String accessKeyId) {
        IamAccessKeyEntity.deleteById(accessKeyId);
    }

    @Override
    public void changePrincipal(String userId, String principalArn) {
        IamAccessKeyEntity.update("principalArn = ?1 where userId = ?2", principalArn, userId);
    }

    @Override
    public void recordUse(String accessKeyId, Instant at, String service, String region) {
        IamAccessKeyEntity.update("lastUsedAt = ?1, lastUsedService = ?2, lastUsedRegion = ?3 where accessKeyId = ?4",
                at, service, region, accessKeyId);
    }

    private static IamAccessKey toRecord(IamAccessKeyEntity e) {
        return new IamAccessKey(e.accessKeyId, e.accountId, e.userId, e.principalArn, AccessKeyStatus.parse(e.status),
                e.createdAt, e.lastUsedAt, e.lastUsedService, e.lastUsedRegion);
    }
}
