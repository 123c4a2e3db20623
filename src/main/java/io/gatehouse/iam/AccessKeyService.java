package io.gatehouse.iam;

import io.gatehouse.account.AccountService;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.kms.EnvelopeCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Access keys of IAM users and of the root user (when the caller names no user). At most two per
 * user; the secret (40 characters) is returned once and stored sealed under the master key, in
 * the table SigV4 verification reads, so a new key signs requests at once and a deactivated or
 * deleted one stops at once on every node.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html">CreateAccessKey</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html">UpdateAccessKey</a>
 */
@ApplicationScoped
public class AccessKeyService {

    /** "Access keys assigned to an IAM user: 2". */
    public static final int KEYS_PER_USER_QUOTA = 2;
    private static final int SECRET_BYTES = 30;

    private final AccessKeyStore keys;
    private final IamUserService users;
    private final AccessKeyCache cache;
    private final EnvelopeCipher cipher;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public AccessKeyService(AccessKeyStore keys, IamUserService users, AccessKeyCache cache, EnvelopeCipher cipher,
                            AuditLog audit, Ids ids, Clock clock) {
        this.keys = keys;
        this.users = users;
        this.cache = cache;
        this.cipher = cipher;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public CreatedAccessKey create(String accountId, String callerArn, String userName) {
        IamUser owner = users.subject(accountId, callerArn, userName);
        if (keysOf(owner).size() >= KEYS_PER_USER_QUOTA) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED,
                    "Cannot exceed quota for AccessKeysPerUser: " + KEYS_PER_USER_QUOTA);
        }
        String keyId = "AKIA" + ids.upperAlnum(16);
        String secret = Base64.getEncoder().encodeToString(ids.bytes(SECRET_BYTES));
        IamAccessKey key = new IamAccessKey(keyId, accountId, owner.isRoot() ? null : owner.id(), owner.arn(),
                AccessKeyStatus.Active, clock.instant(), null, null, null);
        keys.insert(key, cipher.seal(secret, AccountService.keyContext(keyId)));
        audit.record(IamAudit.success("iam.access-key.create", accountId, callerArn, keyId));
        return new CreatedAccessKey(key, secret);
    }

    public List<IamAccessKey> list(String accountId, String callerArn, String userName) {
        return keysOf(users.subject(accountId, callerArn, userName));
    }

    @Transactional
    public IamAccessKey updateStatus(String accountId, String callerArn, String userName, String accessKeyId,
                                     AccessKeyStatus status) {
        IamAccessKey key = owned(accountId, callerArn, userName, accessKeyId);
        keys.setStatus(key.accessKeyId(), status);
        cache.evict(key.accessKeyId());
        audit.record(IamAudit.success("iam.access-key.update", accountId, callerArn, key.accessKeyId() + " " + status));
        return new IamAccessKey(key.accessKeyId(), accountId, key.userId(), key.principalArn(), status, key.createdAt(),
                key.lastUsedAt(), key.lastUsedService(), key.lastUsedRegion());
    }

    @Transactional
    public void delete(String accountId, String callerArn, String userName, String accessKeyId) {
        IamAccessKey key = owned(accountId, callerArn, userName, accessKeyId);
        keys.delete(key.accessKeyId());
        cache.evict(key.accessKeyId());
        audit.record(IamAudit.success("iam.access-key.delete", accountId, callerArn, key.accessKeyId()));
    }

    /**
     * GetAccessKeyLastUsed: any key of the caller's account, by id alone. A key of another account
     * is reported as missing, so key ids cannot be probed across accounts.
     */
    public IamAccessKey lastUsed(String accountId, String accessKeyId) {
        IamInput.accessKeyId(accessKeyId);
        return keys.find(accessKeyId).filter(k -> k.accountId().equals(accountId))
                .orElseThrow(() -> noSuchKey(accessKeyId));
    }

    /** The key, which must belong to the user the request is about. */
    private IamAccessKey owned(String accountId, String callerArn, String userName, String accessKeyId) {
        IamInput.accessKeyId(accessKeyId);
        IamUser owner = users.subject(accountId, callerArn, userName);
        return keysOf(owner).stream().filter(k -> k.accessKeyId().equals(accessKeyId)).findFirst()
                .orElseThrow(() -> noSuchKey(accessKeyId));
    }

    private List<IamAccessKey> keysOf(IamUser owner) {
        return owner.isRoot() ? keys.forRoot(owner.accountId()) : keys.forUser(owner.id());
    }

    private static GatehouseException noSuchKey(String accessKeyId) {
        return new GatehouseException(IamError.NO_SUCH_ENTITY, "The Access Key with id " + accessKeyId + " cannot be found");
    }
}
