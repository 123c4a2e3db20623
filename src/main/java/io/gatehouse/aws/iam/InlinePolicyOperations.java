package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.core.Page;
import io.gatehouse.iam.InlinePolicy;
import io.gatehouse.iam.InlinePolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Put/Get/List/Delete{User,Group,Role}Policy: inline policies, whose documents IAM returns
 * URL-encoded.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html">GetRolePolicy</a>
 */
@ApplicationScoped
public class InlinePolicyOperations implements QueryOperations {

    private final InlinePolicyService policies;

    public InlinePolicyOperations(InlinePolicyService policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public List<QueryOperation> operations() {
        List<QueryOperation> operations = new ArrayList<>();
        for (PrincipalWireNames p : PrincipalWireNames.values()) {
            operations.add(Iam.operation(p.action("Put", "Policy"), call -> put(p, call)));
            operations.add(Iam.operation(p.action("Get", "Policy"), call -> get(p, call)));
            operations.add(Iam.operation(p.action("List", "Policies"), call -> list(p, call)));
            operations.add(Iam.operation(p.action("Delete", "Policy"), call -> delete(p, call)));
        }
        return operations;
    }

    QueryResult put(PrincipalWireNames p, QueryCall call) {
        QueryInput in = call.input();
        policies.put(call.caller().accountId(), call.caller().principalArn(), p.type(),
                in.requiredString(p.nameParameter()), in.requiredString("PolicyName"), in.requiredString("PolicyDocument"));
        return QueryResult.none();
    }

    QueryResult get(PrincipalWireNames p, QueryCall call) {
        QueryInput in = call.input();
        InlinePolicy policy = policies.get(call.caller().accountId(), p.type(), in.requiredString(p.nameParameter()),
                in.requiredString("PolicyName"));
        return QueryResult.of().add(p.nameParameter(), policy.principalName()).add("PolicyName", policy.policyName())
                .add("PolicyDocument", PolicyShapes.urlEncoded(policy.document()));
    }

    QueryResult list(PrincipalWireNames p, QueryCall call) {
        QueryInput in = call.input();
        Page<String> page = policies.list(call.caller().accountId(), p.type(), in.requiredString(p.nameParameter()),
                PolicyShapes.marker(in), PolicyShapes.maxItems(in));
        QueryResult result = QueryResult.of().addStrings("PolicyNames", page.items())
                .add("IsTruncated", page.nextCursor() != null);
        return page.nextCursor() == null ? result : result.add("Marker", page.nextCursor());
    }

    QueryResult delete(PrincipalWireNames p, QueryCall call) {
        QueryInput in = call.input();
        policies.delete(call.caller().accountId(), call.caller().principalArn(), p.type(),
                in.requiredString(p.nameParameter()), in.requiredString("PolicyName"));
        return QueryResult.none();
    }
}
