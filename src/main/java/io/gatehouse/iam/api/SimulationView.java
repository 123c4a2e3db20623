package io.gatehouse.iam.api;

import io.gatehouse.iam.SimulatedStatement;
import io.gatehouse.iam.SimulationResult;
import io.gatehouse.iam.policy.Position;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON answer of the policy simulator: IAM's EvaluationResult members in camelCase, one per action. */
record SimulationView(List<Evaluation> evaluationResults) {

    static SimulationView of(List<SimulationResult> results) {
        return new SimulationView(results.stream().map(Evaluation::of).toList());
    }

    /** One action: its decision over every resource, and per resource. */
    record Evaluation(@Schema(example = "s3:GetObject") String evalActionName,
                      @Schema(example = "*") String evalResourceName,
                      @Schema(example = "allowed", enumeration = {"allowed", "explicitDeny", "implicitDeny"})
                      String evalDecision,
                      List<Matched> matchedStatements, List<String> missingContextValues,
                      @Schema(description = "Absent when no SCP applies") Boolean allowedByOrganizations,
                      @Schema(description = "Absent when there is no permissions boundary")
                      Boolean allowedByPermissionsBoundary,
                      List<ResourceSpecific> resourceSpecificResults) {

        static Evaluation of(SimulationResult r) {
            return new Evaluation(r.action(), r.resource(), SimulationResult.decisionName(r.decision()), matched(r.matched()), List.of(),
                    r.allowedByOrganizations(), r.allowedByBoundary(),
                    r.perResource().stream().map(ResourceSpecific::of).toList());
        }
    }

    /** The decision for one resource. */
    record ResourceSpecific(String evalResourceName, String evalResourceDecision, List<Matched> matchedStatements,
                            List<String> missingContextValues, Boolean allowedByPermissionsBoundary) {

        static ResourceSpecific of(SimulationResult.ResourceResult r) {
            return new ResourceSpecific(r.resource(), SimulationResult.decisionName(r.decision()), matched(r.matched()), List.of(),
                    r.allowedByBoundary());
        }
    }

    /** A deciding statement: its policy and where it sits in the document (1-based). */
    record Matched(@Schema(example = "S3Access") String sourcePolicyId,
                   @Schema(example = "user", enumeration = {"user", "group", "role", "aws-managed", "user-managed",
                           "resource", "none"}) String sourcePolicyType,
                   Position startPosition, Position endPosition) {
    }

    private static List<Matched> matched(List<SimulatedStatement> statements) {
        return statements.stream().map(s -> new Matched(s.sourcePolicyId(), s.sourcePolicyType(), s.start(), s.end()))
                .toList();
    }
}
