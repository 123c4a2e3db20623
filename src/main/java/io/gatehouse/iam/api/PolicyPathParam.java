package io.gatehouse.iam.api;

import io.gatehouse.iam.ManagedPolicy;
import io.gatehouse.iam.ManagedPolicyService;

/**
 * The {@code {policy}} path segment: a policy id ({@code ANPA…}) or, URL-encoded, its ARN.
 */
final class PolicyPathParam {

    private PolicyPathParam() {
    }

    static ManagedPolicy resolve(ManagedPolicyService policies, String accountId, String idOrArn) {
        return idOrArn.startsWith("arn:") ? policies.get(accountId, idOrArn) : policies.getById(accountId, idOrArn);
    }
}
