package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.ManagedPolicy;
import io.gatehouse.iam.ManagedPolicyService;
import io.gatehouse.iam.ManagedPolicyStore;
import io.gatehouse.iam.PolicyVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a declared customer managed policy, or makes an edited document its new default version.
 * IAM keeps at most five versions, so when five exist the oldest one that is not the default is
 * deleted first, as the IAM console does.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html">Versioning IAM policies</a>
 */
@ApplicationScoped
class IamPolicyImporter {

    private final ManagedPolicyService policies;
    private final ManagedPolicyStore store;

    IamPolicyImporter(ManagedPolicyService policies, ManagedPolicyStore store) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Returns the ARN of the policy that now matches the declaration. */
    String apply(ImportContext ctx, RealmIamPolicy declared, JsonPath at) {
        try {
            Optional<ManagedPolicy> existing = store.find(ctx.accountId(), declared.name());
            if (existing.isEmpty()) {
                ctx.count(Change.CREATED);
                return policies.create(ctx.accountId(), ctx.actor(), declared.name(), declared.path(),
                        declared.document(), declared.description(), Map.of()).arn();
            }
            ManagedPolicy current = existing.get();
            unchangeable(ctx, "path", declared.path(), current.path(), at);
            unchangeable(ctx, "description", declared.description(), current.description(), at);
            boolean edited = !RealmPolicyDocument.same(declared.document(),
                    policies.defaultDocument(ctx.accountId(), current.arn()));
            if (edited) {
                newDefaultVersion(ctx, current.arn(), declared.document());
            }
            ctx.count(Change.of(edited));
            return current.arn();
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
    }

    private void newDefaultVersion(ImportContext ctx, String arn, String document) {
        List<PolicyVersion> versions = policies.versions(ctx.accountId(), arn);
        if (versions.size() >= ManagedPolicyService.MAX_VERSIONS) {
            // Newest first: the last non-default one is the oldest.
            versions.stream().filter(v -> !v.isDefault()).reduce((newer, older) -> older).ifPresent(oldest ->
                    policies.deleteVersion(ctx.accountId(), ctx.actor(), arn, oldest.versionId()));
        }
        policies.createVersion(ctx.accountId(), ctx.actor(), arn, document, true);
    }

    /** IAM has no call that changes a policy's path or description. */
    private static void unchangeable(ImportContext ctx, String field, String declared, String stored, JsonPath at) {
        if (declared != null && !declared.equals(stored)) {
            throw ctx.fail(at.child(field), "the policy's " + field + " is \"" + (stored == null ? "" : stored)
                    + "\" and IAM cannot change it; delete the policy to recreate it");
        }
    }
}
