package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.iam.policy.PolicyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customer managed policies and their versions, and read access to the Gatehouse-managed ones
 * (which refuse every change with {@code UnmodifiableEntity}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html">CreatePolicyVersion</a>
 */
@ApplicationScoped
public class ManagedPolicyService {

    /** "A managed policy can have up to five versions." */
    public static final int MAX_VERSIONS = 5;

    private final ManagedPolicyStore store;
    private final AwsManagedPolicies awsManaged;
    private final IdentityPolicyCache cache;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public ManagedPolicyService(ManagedPolicyStore store, AwsManagedPolicies awsManaged, IdentityPolicyCache cache,
                                AuditLog audit, Ids ids, Clock clock) {
        this.store = store;
        this.awsManaged = awsManaged;
        this.cache = cache;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public ManagedPolicy create(String accountId, String actor, String name, String path, String document,
                                String description, Map<String, String> tags) {
        IamInputRules.name(name, "policyName", 128);
        String checkedPath = IamInputRules.path(path);
        PolicyDocuments.validate(document, "policyDocument", PolicyKind.MANAGED_IDENTITY);
        IamInputRules.description(description);
        Map<String, String> checkedTags = IamTagRules.merge(Map.of(), tags == null ? Map.of() : tags);
        if (store.find(accountId, name).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS,
                    "A policy called " + name + " already exists. Duplicate names are not allowed.");
        }
        Instant now = clock.instant();
        ManagedPolicy policy = new ManagedPolicy("ANPA" + ids.upperAlnum(17), accountId, name, checkedPath, description,
                1, 0, 0, checkedTags, now, now);
        store.insert(policy, new PolicyVersion(1, document, true, now));
        audit.record(entry("iam.policy.create", accountId, actor, policy.arn()));
        return policy;
    }

    /** A customer managed policy of the account or a Gatehouse-managed one, with the account's usage counts. */
    public ManagedPolicy get(String accountId, String arn) {
        return find(accountId, arn).orElseThrow(() -> noSuchPolicy(arn));
    }

    /** As {@link #get} by the policy id ({@code ANPA…}). */
    public ManagedPolicy getById(String accountId, String policyId) {
        return awsManaged.findById(policyId).map(p -> withUsage(accountId, p))
                .or(() -> store.findById(accountId, policyId))
                .orElseThrow(() -> new GatehouseException(IamError.NO_SUCH_ENTITY,
                        "Policy " + policyId + " does not exist or is not attachable."));
    }

    public Optional<ManagedPolicy> find(String accountId, String arn) {
        if (awsManaged.find(arn).isPresent()) {
            return awsManaged.find(arn).map(p -> withUsage(accountId, p));
        }
        return PolicyArns.parse(arn).filter(parts -> parts.accountId().equals(accountId))
                .flatMap(parts -> store.find(accountId, parts.name()))
                .filter(policy -> policy.arn().equals(arn));
    }

    @Transactional
    public void delete(String accountId, String actor, String arn) {
        ManagedPolicy policy = customer(accountId, arn);
        if (policy.attachmentCount() > 0 || policy.boundaryUsageCount() > 0) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "Cannot delete a policy attached to entities.");
        }
        if (store.versions(policy.id(), policy.defaultVersion()).size() > 1) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "This policy has more than one version. Before "
                    + "you delete a policy, you must delete the policy's versions. The default version is deleted "
                    + "with the policy.");
        }
        store.delete(policy.id());
        audit.record(entry("iam.policy.delete", accountId, actor, arn));
    }

    @Transactional
    public PolicyVersion createVersion(String accountId, String actor, String arn, String document,
                                       boolean setAsDefault) {
        ManagedPolicy policy = customer(accountId, arn);
        PolicyDocuments.validate(document, "policyDocument", PolicyKind.MANAGED_IDENTITY);
        if (store.versions(policy.id(), policy.defaultVersion()).size() >= MAX_VERSIONS) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED, "A managed policy can have up to " + MAX_VERSIONS
                    + " versions. Before you create a new version, you must delete an existing version.");
        }
        Instant now = clock.instant();
        PolicyVersion version = store.addVersion(policy.id(), document, now);
        if (setAsDefault) {
            store.setDefaultVersion(policy.id(), version.version(), now);
            cache.invalidateAccount(accountId);
        }
        audit.record(entry("iam.policy.version.create", accountId, actor, arn + "/" + version.versionId()));
        return new PolicyVersion(version.version(), version.document(), setAsDefault, version.createdAt());
    }

    /** All versions, newest first. */
    public List<PolicyVersion> versions(String accountId, String arn) {
        ManagedPolicy policy = get(accountId, arn);
        if (policy.awsManaged()) {
            return List.of(awsVersion(policy));
        }
        return store.versions(policy.id(), policy.defaultVersion());
    }

    public PolicyVersion version(String accountId, String arn, String versionId) {
        IamInputRules.versionId(versionId);
        return versions(accountId, arn).stream().filter(v -> v.versionId().equals(versionId)).findFirst()
                .orElseThrow(() -> noSuchVersion(arn, versionId));
    }

    /** The document of the default version. */
    public String defaultDocument(String accountId, String arn) {
        return version(accountId, arn, get(accountId, arn).defaultVersionId()).document();
    }

    @Transactional
    public void deleteVersion(String accountId, String actor, String arn, String versionId) {
        ManagedPolicy policy = customer(accountId, arn);
        PolicyVersion version = version(accountId, arn, versionId);
        if (version.isDefault()) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "Cannot delete the default version of a policy.");
        }
        store.deleteVersion(policy.id(), version.version());
        audit.record(entry("iam.policy.version.delete", accountId, actor, arn + "/" + versionId));
    }

    /** Makes the version the default and returns the policy as changed. */
    @Transactional
    public ManagedPolicy setDefaultVersion(String accountId, String actor, String arn, String versionId) {
        ManagedPolicy policy = customer(accountId, arn);
        PolicyVersion version = version(accountId, arn, versionId);
        store.setDefaultVersion(policy.id(), version.version(), clock.instant());
        cache.invalidateAccount(accountId);
        audit.record(entry("iam.policy.version.set-default", accountId, actor, arn + "/" + versionId));
        return get(accountId, arn);
    }

    /** Adds or overwrites tags and returns the policy as changed. */
    @Transactional
    public ManagedPolicy tag(String accountId, String actor, String arn, Map<String, String> tags) {
        ManagedPolicy policy = customer(accountId, arn);
        store.updateTags(policy.withTags(IamTagRules.merge(policy.tags(), tags)));
        audit.record(entry("iam.policy.tag", accountId, actor, arn));
        return get(accountId, arn);
    }

    /** Removes tags and returns the policy as changed. */
    @Transactional
    public ManagedPolicy untag(String accountId, String actor, String arn, List<String> keys) {
        ManagedPolicy policy = customer(accountId, arn);
        store.updateTags(policy.withTags(IamTagRules.remove(policy.tags(), keys)));
        audit.record(entry("iam.policy.untag", accountId, actor, arn));
        return get(accountId, arn);
    }

    /** A policy the account may attach or use as a boundary; IAM's error when there is none. */
    public ManagedPolicy requireAttachable(String accountId, String arn) {
        IamInputRules.arn(arn, "policyArn");
        return get(accountId, arn);
    }

    /** The account's own policy, locked until the transaction ends; Gatehouse-managed ones are refused. */
    private ManagedPolicy customer(String accountId, String arn) {
        IamInputRules.arn(arn, "policyArn");
        if (awsManaged.find(arn).isPresent()) {
            throw AwsManagedPolicies.unmodifiable(arn);
        }
        store.lock(get(accountId, arn).id());
        return get(accountId, arn);
    }

    private ManagedPolicy withUsage(String accountId, ManagedPolicy policy) {
        ManagedPolicyStore.Usage usage = store.usage(accountId, policy.arn());
        return policy.withUsage(usage.attachments(), usage.boundaryUses());
    }

    private PolicyVersion awsVersion(ManagedPolicy policy) {
        return new PolicyVersion(1, awsManaged.document(policy.arn()).orElseThrow(), true, policy.createdAt());
    }

    static GatehouseException noSuchPolicy(String arn) {
        return new GatehouseException(IamError.NO_SUCH_ENTITY, "Policy " + arn + " does not exist or is not attachable.");
    }

    private static GatehouseException noSuchVersion(String arn, String versionId) {
        return new GatehouseException(IamError.NO_SUCH_ENTITY, "Policy " + arn + " version " + versionId
                + " does not exist or is not attachable.");
    }

    private static AuditEntry entry(String action, String accountId, String actor, String target) {
        return AuditEntry.success(action).withAccount(accountId).withActor(actor).withTarget(target);
    }
}
