package io.gatehouse.iam.policy;

/**
 * A parsed, validated and compiled policy document: immutable and safe to cache and share between
 * threads. Built only by {@link PolicyParser}.
 */
public final class Policy {

    private final String sourceId;
    private final PolicyKind kind;

    Policy(String sourceId, PolicyKind kind) {
        this.sourceId = sourceId;
        this.kind = kind;
    }

    /** The name given when the policy was parsed, reported in matched statements. */
    public String sourceId() {
        return sourceId;
    }

    public PolicyKind kind() {
        return kind;
    }
}
