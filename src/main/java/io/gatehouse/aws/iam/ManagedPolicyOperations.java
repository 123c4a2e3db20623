package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import io.gatehouse.iam.IamError;
import io.gatehouse.iam.IamInputRules;
import io.gatehouse.iam.ManagedPolicy;
import io.gatehouse.iam.ManagedPolicyListing;
import io.gatehouse.iam.ManagedPolicyService;
import io.gatehouse.iam.PolicyAttachmentService;
import io.gatehouse.iam.PolicyScope;
import io.gatehouse.iam.PrincipalRef;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * IAM's managed policy operations (the policy itself, its tags and the entities it is attached to),
 * translated to {@link ManagedPolicyService}; versions are in {@link PolicyVersionOperations}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html">ListPolicies</a>
 */
@ApplicationScoped
public class ManagedPolicyOperations implements QueryOperations {

    /** ListEntitiesForPolicy's EntityFilter values that name a principal type. */
    private static final Map<String, PrincipalType> ENTITY_FILTERS = Map.of(
            "User", PrincipalType.USER, "Group", PrincipalType.GROUP, "Role", PrincipalType.ROLE);

    private final ManagedPolicyService policies;
    private final ManagedPolicyListing listing;
    private final PolicyAttachmentService attachments;

    public ManagedPolicyOperations(ManagedPolicyService policies, ManagedPolicyListing listing,
                                   PolicyAttachmentService attachments) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.listing = Objects.requireNonNull(listing, "listing");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreatePolicy", this::createPolicy), Iam.operation("GetPolicy", this::getPolicy),
                Iam.operation("ListPolicies", this::listPolicies), Iam.operation("DeletePolicy", this::deletePolicy),
                Iam.operation("TagPolicy", this::tagPolicy), Iam.operation("UntagPolicy", this::untagPolicy),
                Iam.operation("ListPolicyTags", this::listPolicyTags),
                Iam.operation("ListEntitiesForPolicy", this::listEntitiesForPolicy));
    }

    QueryResult createPolicy(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        ManagedPolicy policy = policies.create(caller.accountId(), caller.principalArn(), in.requiredString("PolicyName"),
                in.string("Path"), in.requiredString("PolicyDocument"), in.string("Description"), in.tags("Tags"));
        return QueryResult.of().add("Policy", PolicyShapes.policy(policy, false));
    }

    QueryResult getPolicy(QueryCall call) {
        return QueryResult.of().add("Policy", PolicyShapes.policy(policy(call), true));
    }

    QueryResult listPolicies(QueryCall call) {
        QueryInput in = call.input();
        Page<ManagedPolicy> page = listing.list(call.caller().accountId(), PolicyScope.parse(in.string("Scope")),
                Boolean.TRUE.equals(in.bool("OnlyAttached")), in.string("PathPrefix"), PolicyShapes.marker(in),
                PolicyShapes.maxItems(in));
        return PolicyShapes.paged("Policies", page, p -> PolicyShapes.policy(p, false));
    }

    QueryResult deletePolicy(QueryCall call) {
        policies.delete(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString("PolicyArn"));
        return QueryResult.none();
    }

    QueryResult tagPolicy(QueryCall call) {
        policies.tag(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString("PolicyArn"),
                call.input().tags("Tags"));
        return QueryResult.none();
    }

    QueryResult untagPolicy(QueryCall call) {
        policies.untag(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString("PolicyArn"),
                call.input().strings("TagKeys"));
        return QueryResult.none();
    }

    QueryResult listPolicyTags(QueryCall call) {
        return RoleOperations.tagPage(policy(call).tags(), call.input());
    }

    QueryResult listEntitiesForPolicy(QueryCall call) {
        QueryInput in = call.input();
        String filter = in.string("EntityFilter");
        PrincipalType only = filter == null ? null : ENTITY_FILTERS.get(filter);
        if (filter != null && only == null) {
            throw new GatehouseException(IamError.VALIDATION_ERROR, "1 validation error detected: Value at "
                    + "'entityFilter' failed to satisfy constraint: Member must satisfy enum value set: [User, Role, Group]");
        }
        IamInputRules.pathPrefix(in.string("PathPrefix"));
        PolicyShapes.maxItems(in);
        List<PrincipalRef> entities = attachments.entitiesFor(call.caller().accountId(), in.requiredString("PolicyArn"),
                only);
        return QueryResult.of()
                .addList("PolicyGroups", of(entities, PrincipalType.GROUP), p -> entity(p, "Group"))
                .addList("PolicyUsers", of(entities, PrincipalType.USER), p -> entity(p, "User"))
                .addList("PolicyRoles", of(entities, PrincipalType.ROLE), p -> entity(p, "Role"))
                .add("IsTruncated", false);
    }

    private ManagedPolicy policy(QueryCall call) {
        return policies.get(call.caller().accountId(), call.input().requiredString("PolicyArn"));
    }

    private static List<PrincipalRef> of(List<PrincipalRef> entities, PrincipalType type) {
        return entities.stream().filter(p -> p.type() == type).toList();
    }

    private static QueryResult entity(PrincipalRef p, String label) {
        return QueryResult.of().add(label + "Name", p.name()).add(label + "Id", p.id());
    }
}
