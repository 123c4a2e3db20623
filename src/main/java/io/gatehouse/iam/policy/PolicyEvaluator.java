package io.gatehouse.iam.policy;

/**
 * AWS's policy evaluation logic over compiled policies: an explicit deny in any policy wins; then
 * every SCP level must allow, the resource-based or identity-based policies must allow (both for a
 * cross-account request), and the permissions boundary and session policies, where present, must
 * allow too; anything else is an implicit deny. Stateless and thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 */
public final class PolicyEvaluator {

    public Decision evaluate(PolicySet policies, RequestContext request) {
        throw new UnsupportedOperationException("policy engine not built yet");
    }
}
