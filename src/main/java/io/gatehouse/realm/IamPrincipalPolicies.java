package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AttachmentStore;
import io.gatehouse.iam.InlinePolicyService;
import io.gatehouse.iam.InlinePolicyStore;
import io.gatehouse.iam.PermissionsBoundaryService;
import io.gatehouse.iam.PolicyAttachmentService;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The policies of a declared IAM user, group or role: inline policies put when missing or different,
 * managed policies attached when not attached, a declared permissions boundary set when different.
 * Policies the file does not declare are kept. Each step reports whether it wrote anything.
 */
@ApplicationScoped
class IamPrincipalPolicies {

    private final InlinePolicyService inline;
    private final InlinePolicyStore inlineStore;
    private final PolicyAttachmentService attachments;
    private final AttachmentStore attachmentStore;
    private final PermissionsBoundaryService boundaries;

    IamPrincipalPolicies(InlinePolicyService inline, InlinePolicyStore inlineStore, PolicyAttachmentService attachments,
                         AttachmentStore attachmentStore, PermissionsBoundaryService boundaries) {
        this.inline = Objects.requireNonNull(inline, "inline");
        this.inlineStore = Objects.requireNonNull(inlineStore, "inlineStore");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.attachmentStore = Objects.requireNonNull(attachmentStore, "attachmentStore");
        this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
    }

    /** The principal as stored: its type, IAM id and name. */
    record Principal(PrincipalType type, String id, String name) {
    }

    boolean apply(ImportContext ctx, Principal principal, Map<String, String> inlinePolicies, List<String> managed,
                  String boundary, String currentBoundary, Map<String, String> declaredArns, JsonPath at) {
        boolean changed = putInline(ctx, principal, inlinePolicies, at.child("inlinePolicies"));
        changed |= attach(ctx, principal, managed, declaredArns, at.child("managedPolicies"));
        return changed | bound(ctx, principal, boundary, currentBoundary, declaredArns, at.child("permissionsBoundary"));
    }

    /** The declared tags whose value differs from the stored one: what a tag call must set. */
    static Map<String, String> changedTags(Map<String, String> declared, Map<String, String> stored) {
        Map<String, String> changed = new HashMap<>();
        declared.forEach((key, value) -> {
            if (!value.equals(stored.get(key))) {
                changed.put(key, value);
            }
        });
        return changed;
    }

    private boolean putInline(ImportContext ctx, Principal principal, Map<String, String> declared, JsonPath at) {
        Map<String, String> stored = declared.isEmpty() ? Map.of() : inlineStore.all(principal.type(), principal.id());
        boolean changed = false;
        for (Map.Entry<String, String> policy : declared.entrySet()) {
            if (RealmPolicyDocument.same(policy.getValue(), stored.get(policy.getKey()))) {
                continue;
            }
            try {
                inline.put(ctx.accountId(), ctx.actor(), principal.type(), principal.name(), policy.getKey(),
                        policy.getValue());
                changed = true;
            } catch (GatehouseException e) {
                throw ctx.fail(at.child(policy.getKey()), e);
            }
        }
        return changed;
    }

    private boolean attach(ImportContext ctx, Principal principal, List<String> references,
                           Map<String, String> declaredArns, JsonPath at) {
        List<String> attached = references.isEmpty() ? List.of()
                : attachmentStore.attached(principal.type(), principal.id());
        boolean changed = false;
        for (int i = 0; i < references.size(); i++) {
            String arn = RealmIam.resolve(references.get(i), declaredArns);
            if (attached.contains(arn)) {
                continue;
            }
            try {
                attachments.attach(ctx.accountId(), ctx.actor(), principal.type(), principal.name(), arn);
                changed = true;
            } catch (GatehouseException e) {
                throw ctx.fail(at.index(i), e);
            }
        }
        return changed;
    }

    private boolean bound(ImportContext ctx, Principal principal, String reference, String current,
                          Map<String, String> declaredArns, JsonPath at) {
        if (reference == null) {
            return false;
        }
        String arn = RealmIam.resolve(reference, declaredArns);
        if (arn.equals(current)) {
            return false;
        }
        try {
            boundaries.set(ctx.accountId(), ctx.actor(), principal.type(), principal.name(), arn);
            return true;
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
    }
}
