package io.gatehouse.iam;

import io.gatehouse.iam.policy.Position;
import java.util.Objects;

/**
 * A statement that decided a simulation, as IAM's simulator names it: the policy's id (the inline
 * policy's name, the managed policy's ARN, {@code PolicyInputList.1}, {@code ResourcePolicy},
 * {@code scp/<id>}), its type from IAM's {@code PolicySourceType} (user, group, role, aws-managed,
 * user-managed, resource, none) and where the statement starts and ends in the document.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Statement.html">Statement</a>
 */
public record SimulatedStatement(String sourcePolicyId, String sourcePolicyType, Position start, Position end) {

    public SimulatedStatement {
        Objects.requireNonNull(sourcePolicyId, "sourcePolicyId");
        Objects.requireNonNull(sourcePolicyType, "sourcePolicyType");
    }
}
