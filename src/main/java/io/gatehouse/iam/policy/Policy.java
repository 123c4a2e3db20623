package io.gatehouse.iam.policy;

import java.util.List;

/**
 * A parsed, validated and compiled policy document: immutable and safe to cache and share between
 * threads. Built only by {@link PolicyParser}.
 */
public final class Policy {

    private final String sourceId;
    private final PolicyKind kind;
    private final String document;
    private final String version;
    private final String id;
    private final List<Statement> statements;
    private final StatementIndex index;

    Policy(String sourceId, PolicyKind kind, String document, String version, String id, List<Statement> statements) {
        this.sourceId = sourceId;
        this.kind = kind;
        this.document = document;
        this.version = version;
        this.id = id;
        this.statements = List.copyOf(statements);
        this.index = new StatementIndex(this.statements);
    }

    /** The name given when the policy was parsed, reported in matched statements. */
    public String sourceId() {
        return sourceId;
    }

    public PolicyKind kind() {
        return kind;
    }

    /** The document exactly as it was parsed. */
    public String document() {
        return document;
    }

    /**
     * The Version element, or null when it is missing (then "2008-10-17" rules apply: policy
     * variables are not replaced).
     */
    public String version() {
        return version;
    }

    /** The Id element, or null. */
    public String id() {
        return id;
    }

    /** The statements that may apply to an action of the lower-cased {@code service}, in document order. */
    Statement[] candidates(String service) {
        return index.candidates(service);
    }

    /** The statements in document order; a single statement object counts as one. */
    public List<Statement> statements() {
        return statements;
    }
}
