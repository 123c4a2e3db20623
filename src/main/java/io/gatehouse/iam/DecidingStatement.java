package io.gatehouse.iam;

import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.MatchedStatement;
import java.util.List;
import java.util.Objects;

/**
 * A statement that decided a request, named as IAM's simulator names its policy
 * ({@link PolicySimulator}): the policy's id and {@code PolicySourceType}, the statement's 0-based
 * index in it, its Sid (null when it has none) and its effect ({@code Allow} for the statements
 * that granted an allowed request, {@code Deny} for those that explicitly denied one).
 */
public record DecidingStatement(String sourcePolicyId, String sourcePolicyType, int statementIndex, String sid,
                                String effect) {

    public DecidingStatement {
        Objects.requireNonNull(sourcePolicyId, "sourcePolicyId");
        Objects.requireNonNull(sourcePolicyType, "sourcePolicyType");
        Objects.requireNonNull(effect, "effect");
    }

    /** The matched statements of a decision; an implicit deny has none. */
    public static List<DecidingStatement> of(Decision decision) {
        String effect = decision.allowed() ? "Allow" : "Deny";
        return decision.matchedStatements().stream().map(matched -> of(matched, effect)).toList();
    }

    private static DecidingStatement of(MatchedStatement matched, String effect) {
        return new DecidingStatement(PolicySimulator.sourcePolicyId(matched), PolicySimulator.sourcePolicyType(matched),
                matched.index(), matched.sid(), effect);
    }
}
