package io.gatehouse.iam;

import io.gatehouse.account.Account;
import io.gatehouse.account.AccountService;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM users: create, look up (by name, or the caller itself), list, rename, tag and delete. A
 * user that still has a password, access keys, MFA devices, group memberships or policies cannot
 * be deleted ({@code DeleteConflict}). Other parts of Gatehouse find users through {@link #find}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html">CreateUser</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html">DeleteUser</a>
 */
@ApplicationScoped
public class IamUserService {

    /** "IAM users: 5000 per account". */
    public static final int USERS_QUOTA = 5000;

    private final IamUserStore users;
    private final IamGroupStore groups;
    private final AccessKeyStore keys;
    private final MfaDeviceStore devices;
    private final PrincipalDependents dependents;
    private final AccessKeyCache keyCache;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;
    private final IdentityPolicyCache policyCache;

    public IamUserService(IamUserStore users, IamGroupStore groups, AccessKeyStore keys, MfaDeviceStore devices,
                          PrincipalDependents dependents, AccessKeyCache keyCache, AccountService accounts,
                          AuditLog audit, Ids ids, Clock clock, IdentityPolicyCache policyCache) {
        this.policyCache = policyCache;
        this.users = users;
        this.groups = groups;
        this.keys = keys;
        this.devices = devices;
        this.dependents = dependents;
        this.keyCache = keyCache;
        this.accounts = accounts;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public IamUser create(String accountId, String actor, String name, String path, String permissionsBoundary,
                          Map<String, String> tags) {
        IamInput.userName(name, "userName");
        String checkedPath = IamInput.path(path, "path");
        String boundary = IamInput.permissionsBoundary(permissionsBoundary);
        Map<String, String> checkedTags = PrincipalTags.of(tags);
        if (users.find(accountId, name).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "User with name " + name + " already exists.");
        }
        if (users.count(accountId) >= USERS_QUOTA) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED, "Cannot exceed quota for UsersPerAccount: " + USERS_QUOTA);
        }
        IamUser user = new IamUser("AIDA" + ids.upperAlnum(17), accountId, name, checkedPath, boundary, checkedTags,
                clock.instant(), null);
        if (!users.insert(user)) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "User with name " + name + " already exists.");
        }
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.user.create", accountId, actor, user.arn()));
        return user;
    }

    /** The user named {@code name} (any case) in the account: the lookup other features use. */
    public Optional<IamUser> find(String accountId, String name) {
        return name == null ? Optional.empty() : users.find(accountId, name);
    }

    /** The user with IAM's unique id {@code AIDA...}, e.g. to name the user an MFA device is enabled for. */
    public Optional<IamUser> findById(String userId) {
        return users.findById(userId);
    }

    /** The user, or {@code NoSuchEntity}. */
    public IamUser get(String accountId, String name) {
        IamInput.userName(name, "userName");
        return users.find(accountId, name).orElseThrow(() -> noSuchUser(name));
    }

    /**
     * The user a request is about: {@code userName} when given, otherwise the caller itself (an
     * IAM user, or the root user). Other callers must name a user, as in IAM.
     */
    public IamUser subject(String accountId, String callerArn, String userName) {
        if (userName != null) {
            return get(accountId, userName);
        }
        if (IamArns.isRoot(accountId, callerArn)) {
            Account account = accounts.account(accountId).orElseThrow(() -> noSuchUser(accountId));
            return IamUser.root(accountId, account.createdAt(), null);
        }
        String own = IamArns.userName(accountId, callerArn);
        if (own == null) {
            throw new GatehouseException(IamError.VALIDATION_ERROR,
                    "Must specify userName when calling with non-User credentials");
        }
        return users.find(accountId, own).orElseThrow(() -> noSuchUser(own));
    }

    public List<IamUser> list(String accountId, String pathPrefix, String afterName, int limit) {
        return users.list(accountId, IamInput.pathPrefix(pathPrefix), afterName, limit);
    }

    /** UpdateUser: a new name and/or path; the user's access keys follow its new ARN. */
    @Transactional
    public IamUser update(String accountId, String actor, String name, String newName, String newPath) {
        IamUser user = get(accountId, name);
        String targetName = newName == null ? user.name() : IamInput.userName(newName, "newUserName");
        String targetPath = newPath == null ? user.path() : IamInput.path(newPath, "newPath");
        if (!targetName.equalsIgnoreCase(user.name()) && users.find(accountId, targetName).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "User with name " + targetName + " already exists.");
        }
        IamUser updated = user.withNameAndPath(targetName, targetPath);
        users.rename(user.id(), targetName, targetPath);
        keys.changePrincipal(user.id(), updated.arn());
        keys.forUser(user.id()).forEach(k -> keyCache.evict(k.accessKeyId()));
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.user.update", accountId, actor, updated.arn()));
        return updated;
    }

    @Transactional
    public void delete(String accountId, String actor, String name) {
        IamUser user = get(accountId, name);
        conflict(users.password(user.id()).isPresent(), "must delete login profile first.");
        conflict(!keys.forUser(user.id()).isEmpty(), "must delete access keys first.");
        conflict(!devices.forUser(user.id()).isEmpty(), "must delete MFA device first.");
        conflict(!groups.groupsOf(user.id()).isEmpty(), "must remove users from group first.");
        conflict(dependents.policies("user", user.id()) > 0, "must delete policies first.");
        users.delete(user.id());
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.user.delete", accountId, actor, user.arn()));
    }

    @Transactional
    public IamUser tag(String accountId, String actor, String name, Map<String, String> tags) {
        IamUser user = get(accountId, name);
        if (tags == null || tags.isEmpty()) {
            throw IamInput.violation("tags", "[]", "Member must have length greater than or equal to 1");
        }
        IamUser tagged = user.withTags(PrincipalTags.merge(user.tags(), tags));
        users.updateTags(tagged);
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.user.tag", accountId, actor, user.arn()));
        return tagged;
    }

    @Transactional
    public IamUser untag(String accountId, String actor, String name, Collection<String> keys) {
        IamUser user = get(accountId, name);
        if (keys == null || keys.isEmpty()) {
            throw IamInput.violation("tagKeys", "[]", "Member must have length greater than or equal to 1");
        }
        IamUser untagged = user.withTags(PrincipalTags.remove(user.tags(), keys));
        users.updateTags(untagged);
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.user.untag", accountId, actor, user.arn()));
        return untagged;
    }

    static GatehouseException noSuchUser(String name) {
        return new GatehouseException(IamError.NO_SUCH_ENTITY, "The user with name " + name + " cannot be found.");
    }

    private static void conflict(boolean blocked, String what) {
        if (blocked) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "Cannot delete entity, " + what);
        }
    }
}
