package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.PermissionsBoundaryService;
import io.gatehouse.iam.PolicyAttachmentService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Attach/Detach/ListAttached{User,Group,Role}Policies and Put/Delete{User,Role}PermissionsBoundary.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html">AttachUserPolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPermissionsBoundary.html">PutUserPermissionsBoundary</a>
 */
@ApplicationScoped
public class AttachmentOperations implements QueryOperations {

    private final PolicyAttachmentService attachments;
    private final PermissionsBoundaryService boundaries;

    public AttachmentOperations(PolicyAttachmentService attachments, PermissionsBoundaryService boundaries) {
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
    }

    @Override
    public List<QueryOperation> operations() {
        List<QueryOperation> operations = new ArrayList<>();
        for (PrincipalWireNames p : PrincipalWireNames.values()) {
            operations.add(Iam.operation(p.action("Attach", "Policy"), call -> attach(p, call)));
            operations.add(Iam.operation(p.action("Detach", "Policy"), call -> detach(p, call)));
            operations.add(Iam.operation(p.action("ListAttached", "Policies"), call -> list(p, call)));
        }
        for (PrincipalWireNames p : List.of(PrincipalWireNames.USER, PrincipalWireNames.ROLE)) {
            operations.add(Iam.operation(p.action("Put", "PermissionsBoundary"), call -> putBoundary(p, call)));
            operations.add(Iam.operation(p.action("Delete", "PermissionsBoundary"), call -> deleteBoundary(p, call)));
        }
        return operations;
    }

    QueryResult attach(PrincipalWireNames p, QueryCall call) {
        QueryInput in = call.input();
        attachments.attach(call.caller().accountId(), call.caller().principalArn(), p.type(),
                in.requiredString(p.nameParameter()), in.requiredString("PolicyArn"));
        return QueryResult.none();
    }

    QueryResult detach(PrincipalWireNames p, QueryCall call) {
        QueryInput in = call.input();
        attachments.detach(call.caller().accountId(), call.caller().principalArn(), p.type(),
                in.requiredString(p.nameParameter()), in.requiredString("PolicyArn"));
        return QueryResult.none();
    }

    QueryResult list(PrincipalWireNames p, QueryCall call) {
        QueryInput in = call.input();
        return PolicyShapes.paged("AttachedPolicies", attachments.attached(call.caller().accountId(), p.type(),
                        in.requiredString(p.nameParameter()), in.string("PathPrefix"), PolicyShapes.marker(in),
                        PolicyShapes.maxItems(in)),
                a -> QueryResult.of().add("PolicyName", a.policyName()).add("PolicyArn", a.policyArn()));
    }

    QueryResult putBoundary(PrincipalWireNames p, QueryCall call) {
        boundaries.set(call.caller().accountId(), call.caller().principalArn(), p.type(),
                call.input().requiredString(p.nameParameter()), call.input().requiredString("PermissionsBoundary"));
        return QueryResult.none();
    }

    QueryResult deleteBoundary(PrincipalWireNames p, QueryCall call) {
        boundaries.set(call.caller().accountId(), call.caller().principalArn(), p.type(),
                call.input().requiredString(p.nameParameter()), null);
        return QueryResult.none();
    }
}
