package io.gatehouse.iam;

import io.gatehouse.iam.policy.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * The simulation of one action: the most restrictive decision over every requested resource (an
 * explicit deny anywhere, else an implicit deny anywhere, else allowed), the statements behind it,
 * whether SCPs allowed it (null when no SCP applied) and whether the permissions boundary did
 * (null when none was given), and the decision per resource.
 */
public record SimulationResult(String action, String resource, Outcome decision, List<SimulatedStatement> matched,
                               Boolean allowedByOrganizations, Boolean allowedByBoundary,
                               List<ResourceResult> perResource) {

    public SimulationResult {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(decision, "decision");
        matched = List.copyOf(matched);
        perResource = List.copyOf(perResource);
    }

    /** IAM's PolicyEvaluationDecisionType for an outcome: allowed, explicitDeny or implicitDeny. */
    public static String decisionName(Outcome outcome) {
        return switch (outcome) {
            case ALLOWED -> "allowed";
            case EXPLICIT_DENY -> "explicitDeny";
            case IMPLICIT_DENY -> "implicitDeny";
        };
    }

    /** The decision for one resource, the statements behind it and whether the boundary allowed it. */
    public record ResourceResult(String resource, Outcome decision, List<SimulatedStatement> matched,
                                 Boolean allowedByBoundary) {

        public ResourceResult {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(decision, "decision");
            matched = List.copyOf(matched);
        }
    }
}
