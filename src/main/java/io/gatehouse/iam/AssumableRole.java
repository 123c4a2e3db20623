package io.gatehouse.iam;

import io.gatehouse.iam.policy.Policy;

/** A role with its trust policy compiled, as STS needs it to decide an AssumeRole call. */
public record AssumableRole(IamRole role, Policy trustPolicy) {

    public int maxSessionDuration() {
        return role.maxSessionDuration();
    }
}
