package io.gatehouse.iam;

import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * IAM groups and their members. A group with members or policies cannot be deleted
 * ({@code DeleteConflict}); a user is in at most 10 groups.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html">CreateGroup</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html">AddUserToGroup</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas</a>
 */
@ApplicationScoped
public class IamGroupService {

    public static final int GROUPS_QUOTA = 300;
    public static final int GROUPS_PER_USER_QUOTA = 10;

    private final IamGroupStore groups;
    private final IamUserService users;
    private final PrincipalDependents dependents;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;
    private final IdentityPolicyCache policyCache;

    public IamGroupService(IamGroupStore groups, IamUserService users, PrincipalDependents dependents, AuditLog audit,
                           Ids ids, Clock clock, IdentityPolicyCache policyCache) {
        this.policyCache = policyCache;
        this.groups = groups;
        this.users = users;
        this.dependents = dependents;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public IamGroup create(String accountId, String actor, String name, String path) {
        IamInput.groupName(name, "groupName");
        String checkedPath = IamInput.path(path, "path");
        if (groups.find(accountId, name).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "Group with name " + name + " already exists.");
        }
        if (groups.count(accountId) >= GROUPS_QUOTA) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED, "Cannot exceed quota for GroupsPerAccount: " + GROUPS_QUOTA);
        }
        IamGroup group = new IamGroup("AGPA" + ids.upperAlnum(17), accountId, name, checkedPath, clock.instant());
        if (!groups.insert(group)) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "Group with name " + name + " already exists.");
        }
        audit.record(IamAudit.success("iam.group.create", accountId, actor, group.arn()));
        return group;
    }

    public IamGroup get(String accountId, String name) {
        IamInput.groupName(name, "groupName");
        return groups.find(accountId, name).orElseThrow(() -> new GatehouseException(IamError.NO_SUCH_ENTITY,
                "The group with name " + name + " cannot be found."));
    }

    public List<IamGroup> list(String accountId, String pathPrefix, String afterName, int limit) {
        return groups.list(accountId, IamInput.pathPrefix(pathPrefix), afterName, limit);
    }

    public List<IamUser> members(String accountId, String name) {
        return groups.members(get(accountId, name).id());
    }

    public List<IamGroup> groupsOf(String accountId, String userName) {
        return groups.groupsOf(users.get(accountId, userName).id());
    }

    @Transactional
    public IamGroup update(String accountId, String actor, String name, String newName, String newPath) {
        IamGroup group = get(accountId, name);
        String targetName = newName == null ? group.name() : IamInput.groupName(newName, "newGroupName");
        String targetPath = newPath == null ? group.path() : IamInput.path(newPath, "newPath");
        if (!targetName.equalsIgnoreCase(group.name()) && groups.find(accountId, targetName).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "Group with name " + targetName + " already exists.");
        }
        groups.rename(group.id(), targetName, targetPath);
        IamGroup updated = new IamGroup(group.id(), accountId, targetName, targetPath, group.createdAt());
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.group.update", accountId, actor, updated.arn()));
        return updated;
    }

    @Transactional
    public void delete(String accountId, String actor, String name) {
        IamGroup group = get(accountId, name);
        if (groups.memberCount(group.id()) > 0) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "Cannot delete entity, must remove users from group first.");
        }
        if (dependents.policies("group", group.id()) > 0) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "Cannot delete entity, must delete policies first.");
        }
        groups.delete(group.id());
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.group.delete", accountId, actor, group.arn()));
    }

    /** Idempotent, as AddUserToGroup is. */
    @Transactional
    public void addUser(String accountId, String actor, String groupName, String userName) {
        IamGroup group = get(accountId, groupName);
        IamUser user = users.get(accountId, userName);
        List<IamGroup> current = groups.groupsOf(user.id());
        if (current.stream().anyMatch(g -> g.id().equals(group.id()))) {
            return;
        }
        if (current.size() >= GROUPS_PER_USER_QUOTA) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED,
                    "Cannot exceed quota for GroupsPerUser: " + GROUPS_PER_USER_QUOTA);
        }
        groups.addMember(group.id(), user.id());
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.group.member.add", accountId, actor, group.arn() + " " + user.arn()));
    }

    @Transactional
    public void removeUser(String accountId, String actor, String groupName, String userName) {
        IamGroup group = get(accountId, groupName);
        IamUser user = users.get(accountId, userName);
        if (!groups.removeMember(group.id(), user.id())) {
            throw new GatehouseException(IamError.NO_SUCH_ENTITY,
                    "The user with name " + userName + " is not a member of group " + group.name() + ".");
        }
        policyCache.invalidateAccount(accountId);
        audit.record(IamAudit.success("iam.group.member.remove", accountId, actor, group.arn() + " " + user.arn()));
    }
}
