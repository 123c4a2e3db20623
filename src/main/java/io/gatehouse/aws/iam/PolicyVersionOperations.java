package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.ManagedPolicyService;
import io.gatehouse.iam.PolicyVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * IAM's policy version operations. GetPolicyVersion returns the document URL-encoded, as IAM does;
 * ListPolicyVersions lists without documents, newest first.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html">GetPolicyVersion</a>
 */
@ApplicationScoped
public class PolicyVersionOperations implements QueryOperations {

    private final ManagedPolicyService policies;

    public PolicyVersionOperations(ManagedPolicyService policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreatePolicyVersion", this::createPolicyVersion),
                Iam.operation("GetPolicyVersion", this::getPolicyVersion),
                Iam.operation("ListPolicyVersions", this::listPolicyVersions),
                Iam.operation("DeletePolicyVersion", this::deletePolicyVersion),
                Iam.operation("SetDefaultPolicyVersion", this::setDefaultPolicyVersion));
    }

    QueryResult createPolicyVersion(QueryCall call) {
        QueryInput in = call.input();
        PolicyVersion version = policies.createVersion(call.caller().accountId(), call.caller().principalArn(),
                in.requiredString("PolicyArn"), in.requiredString("PolicyDocument"),
                Boolean.TRUE.equals(in.bool("SetAsDefault")));
        return QueryResult.of().add("PolicyVersion", PolicyShapes.version(version, false));
    }

    QueryResult getPolicyVersion(QueryCall call) {
        QueryInput in = call.input();
        PolicyVersion version = policies.version(call.caller().accountId(), in.requiredString("PolicyArn"),
                in.requiredString("VersionId"));
        return QueryResult.of().add("PolicyVersion", PolicyShapes.version(version, true));
    }

    QueryResult listPolicyVersions(QueryCall call) {
        QueryInput in = call.input();
        PolicyShapes.maxItems(in);
        List<PolicyVersion> versions = policies.versions(call.caller().accountId(), in.requiredString("PolicyArn"));
        return QueryResult.of().addList("Versions", versions, v -> PolicyShapes.version(v, false))
                .add("IsTruncated", false);
    }

    QueryResult deletePolicyVersion(QueryCall call) {
        QueryInput in = call.input();
        policies.deleteVersion(call.caller().accountId(), call.caller().principalArn(), in.requiredString("PolicyArn"),
                in.requiredString("VersionId"));
        return QueryResult.none();
    }

    QueryResult setDefaultPolicyVersion(QueryCall call) {
        QueryInput in = call.input();
        policies.setDefaultVersion(call.caller().accountId(), call.caller().principalArn(),
                in.requiredString("PolicyArn"), in.requiredString("VersionId"));
        return QueryResult.none();
    }
}
