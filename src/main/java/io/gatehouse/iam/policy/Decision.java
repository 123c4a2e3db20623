package io.gatehouse.iam.policy;

import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating one request: the outcome, why it was denied, the statements that matched
 * (the allows that granted it, or the denies that denied it), and whether the organization's SCPs
 * allowed the action (true when no SCP applies), as IAM's simulator reports in
 * {@code OrganizationsDecisionDetail}.
 */
public record Decision(Outcome outcome, DenyReason reason, List<MatchedStatement> matchedStatements,
                       boolean allowedByOrganizations) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        matchedStatements = List.copyOf(matchedStatements);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    /**
     * AWS's access-denied message: {@code User: <principal> is not authorized to perform: <action>
     * on resource: <resource> <reason>}.
     */
    public String denialMessage(String principalArn, String action, String resource) {
        return "User: " + principalArn + " is not authorized to perform: " + action + " on resource: " + resource
                + " " + reason.phrase(action);
    }
}
