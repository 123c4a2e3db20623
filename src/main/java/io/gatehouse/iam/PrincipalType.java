package io.gatehouse.iam;

import io.gatehouse.iam.policy.PolicyKind;

/**
 * The IAM identities that policies attach to, with the value stored in
 * {@code iam_inline_policy.principal_type} and {@code iam_attached_policy.principal_type}, and the
 * grammar and size of their inline policies.
 */
public enum PrincipalType {
    USER("user", PolicyKind.INLINE_USER),
    GROUP("group", PolicyKind.INLINE_GROUP),
    ROLE("role", PolicyKind.INLINE_ROLE);

    private final String stored;
    private final PolicyKind inlineKind;

    PrincipalType(String stored, PolicyKind inlineKind) {
        this.stored = stored;
        this.inlineKind = inlineKind;
    }

    /** The value kept in the {@code principal_type} columns, also the ARN resource type. */
    public String stored() {
        return stored;
    }

    public PolicyKind inlineKind() {
        return inlineKind;
    }

    /** "The user with name alice cannot be found." as IAM words it. */
    public String notFound(String name) {
        return "The " + stored + " with name " + name + " cannot be found.";
    }
}
