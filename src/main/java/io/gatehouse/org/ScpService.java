package io.gatehouse.org;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.policy.MalformedPolicyException;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Service control policies: their documents (validated by the IAM policy grammar for SCPs) and
 * where they are attached. AWS managed policies cannot be changed or deleted. A target keeps at
 * least one SCP while SCPs are enabled, as in AWS, so an account is never left with nothing that
 * allows.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html">Service control policies</a>
 */
@ApplicationScoped
public class ScpService {

    private final PolicyStore policies;
    private final OrgStore store;
    private final OrgAccess access;
    private final OrgTree tree;
    private final OrgIds ids;
    private final OrgChanges changes;

    public ScpService(PolicyStore policies, OrgStore store, OrgAccess access, OrgTree tree, OrgIds ids,
                      OrgChanges changes) {
        this.policies = policies;
        this.store = store;
        this.access = access;
        this.tree = tree;
        this.ids = ids;
        this.changes = changes;
    }

    @Transactional
    public OrgPolicy create(String callerAccountId, String actor, String type, String name, String description,
                            String content) {
        Organization org = access.managed(callerAccountId);
        requireScpType(type);
        OrgInputRules.policyName(name);
        OrgInputRules.policyDescription(description);
        String id = ids.policyId();
        validate(id, content);
        requireFreeName(org, name, null);
        OrgPolicy policy = new OrgPolicy(id, org.id(), type, name, description, content, false);
        policies.insert(policy);
        changes.record("policy.create", callerAccountId, actor, id);
        return policy;
    }

    public OrgPolicy describe(String callerAccountId, String policyId) {
        return policy(access.managed(callerAccountId), policyId);
    }

    /** Replaces the members given (non-null); the others keep their values. */
    @Transactional
    public OrgPolicy update(String callerAccountId, String actor, String policyId, String name, String description,
                            String content) {
        Organization org = access.managed(callerAccountId);
        OrgPolicy current = customerManaged(policy(org, policyId));
        String newName = name == null ? current.name() : OrgInputRules.policyName(name);
        String newDescription = description == null ? current.description() : OrgInputRules.policyDescription(description);
        if (content != null) {
            validate(current.id(), content);
        }
        requireFreeName(org, newName, current.id());
        OrgPolicy updated = new OrgPolicy(current.id(), org.id(), current.type(), newName, newDescription,
                content == null ? current.content() : content, false);
        policies.update(updated);
        changes.record("policy.update", callerAccountId, actor, current.id());
        return updated;
    }

    @Transactional
    public void delete(String callerAccountId, String actor, String policyId) {
        Organization org = access.managed(callerAccountId);
        OrgPolicy policy = customerManaged(policy(org, policyId));
        if (policies.attachments(org.id()).stream().anyMatch(a -> a.policyId().equals(policy.id()))) {
            throw new GatehouseException(OrgError.POLICY_IN_USE,
                    "The policy is attached to one or more entities. You must detach it from all roots, OUs, and "
                            + "accounts before performing this operation.");
        }
        policies.delete(policy.id());
        changes.record("policy.delete", callerAccountId, actor, policy.id());
    }

    public List<OrgPolicy> list(String callerAccountId, String filter) {
        Organization org = access.managed(callerAccountId);
        requireScpType(filter);
        return policies.policies(org.id());
    }

    @Transactional
    public void attach(String callerAccountId, String actor, String policyId, String targetId) {
        Organization org = access.managed(callerAccountId);
        OrgPolicy policy = policy(org, policyId);
        OrgNode target = target(org, targetId);
        requireEnabled(org);
        if (!policies.attach(org.id(), policy.id(), target.id())) {
            throw new GatehouseException(OrgError.DUPLICATE_POLICY_ATTACHMENT,
                    "The selected policy is already attached to the specified target.");
        }
        changes.record("policy.attach", callerAccountId, actor, policy.id() + "->" + target.id());
    }

    @Transactional
    public void detach(String callerAccountId, String actor, String policyId, String targetId) {
        Organization org = access.managed(callerAccountId);
        OrgPolicy policy = policy(org, policyId);
        OrgNode target = target(org, targetId);
        requireEnabled(org);
        List<String> attached = attachedTo(org, target.id());
        if (!attached.contains(policy.id())) {
            throw new GatehouseException(OrgError.POLICY_NOT_ATTACHED,
                    "The policy isn't attached to the specified target in the specified root.");
        }
        if (attached.size() == 1) {
            throw OrgException.constraint("MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
                    "You attempted to detach a policy from an entity that would cause the entity to have fewer "
                            + "than the minimum number of policies of a certain type required.");
        }
        policies.detach(org.id(), policy.id(), target.id());
        changes.record("policy.detach", callerAccountId, actor, policy.id() + "->" + target.id());
    }

    public List<OrgPolicy> forTarget(String callerAccountId, String targetId, String filter) {
        Organization org = access.managed(callerAccountId);
        OrgNode target = target(org, targetId);
        requireScpType(filter);
        List<String> attached = attachedTo(org, target.id());
        return policies.policies(org.id()).stream().filter(p -> attached.contains(p.id())).toList();
    }

    public List<OrgNode> targets(String callerAccountId, String policyId) {
        Organization org = access.managed(callerAccountId);
        OrgPolicy policy = policy(org, policyId);
        return policies.attachments(org.id()).stream().filter(a -> a.policyId().equals(policy.id()))
                .map(a -> tree.target(org, a.targetId())).flatMap(java.util.Optional::stream).toList();
    }

    private List<String> attachedTo(Organization org, String targetId) {
        return policies.attachments(org.id()).stream().filter(a -> a.targetId().equals(targetId))
                .map(PolicyStore.Attachment::policyId).toList();
    }

    private OrgPolicy policy(Organization org, String policyId) {
        OrgIds.requirePolicy(policyId, "PolicyId");
        return policies.find(org.id(), policyId).orElseThrow(() -> new GatehouseException(OrgError.POLICY_NOT_FOUND,
                "We can't find a policy with the PolicyId that you specified."));
    }

    private OrgNode target(Organization org, String targetId) {
        OrgIds.requireTarget(targetId, "TargetId");
        return tree.target(org, targetId).orElseThrow(() -> new GatehouseException(OrgError.TARGET_NOT_FOUND,
                "We can't find a root, OU, account, or email address with the TargetId that you specified."));
    }

    private void requireEnabled(Organization org) {
        if (!store.rootOf(org.id()).scpEnabled()) {
            throw new GatehouseException(OrgError.POLICY_TYPE_NOT_ENABLED,
                    "This operation can be performed only for enabled policy types.");
        }
    }

    private void requireFreeName(Organization org, String name, String exceptId) {
        if (policies.nameTaken(org.id(), OrgPolicy.SERVICE_CONTROL_POLICY, name, exceptId)) {
            throw new GatehouseException(OrgError.DUPLICATE_POLICY, "A policy with the same name already exists.");
        }
    }

    private static OrgPolicy customerManaged(OrgPolicy policy) {
        if (policy.awsManaged()) {
            throw OrgException.invalid("IMMUTABLE_POLICY",
                    "You specified a policy that is managed by AWS and can't be modified.");
        }
        return policy;
    }

    private static void requireScpType(String type) {
        if (!OrgPolicy.SERVICE_CONTROL_POLICY.equals(type)) {
            throw OrgException.invalid("INVALID_ENUM", "Gatehouse supports only the policy type SERVICE_CONTROL_POLICY.");
        }
    }

    private static void validate(String policyId, String content) {
        try {
            PolicyParser.parse("scp/" + policyId, content, PolicyKind.SERVICE_CONTROL);
        } catch (MalformedPolicyException e) {
            throw new GatehouseException(OrgError.MALFORMED_POLICY_DOCUMENT, e.getMessage());
        }
    }
}
