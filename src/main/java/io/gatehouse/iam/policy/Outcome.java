package io.gatehouse.iam.policy;

/** The three results of policy evaluation, named as IAM's simulator names them. */
public enum Outcome {
    ALLOWED("allowed"),
    EXPLICIT_DENY("explicitDeny"),
    IMPLICIT_DENY("implicitDeny");

    private final String simulatorName;

    Outcome(String simulatorName) {
        this.simulatorName = simulatorName;
    }

    /** The {@code EvalDecision} value of IAM's SimulatePolicy responses. */
    public String simulatorName() {
        return simulatorName;
    }
}
