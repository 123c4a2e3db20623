package io.gatehouse.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The IAM action and resource of a signed native REST method, authorized by the policy engine
 * before the method runs. {@code resource} is an ARN template: {@code {account}} and {@code {region}}
 * are the caller's account and this deployment's region, any other {@code {name}} is the request's
 * path parameter of that name, e.g.
 * {@code @Authorize(action = "cognito-idp:DescribeUserPool",
 * resource = "arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}")}. A signed method without
 * this annotation is refused: authorization fails closed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Authorize {

    /** The ARN of the user pool named by the {@code poolId} path parameter. */
    String USER_POOL = "arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}";

    /** {@code service:Action}, as in policies. */
    String action();

    /** The resource ARN template, or {@code *} for operations that act on no specific resource. */
    String resource() default "*";

    /**
     * True when the method itself decides, so the filter does not evaluate the action before it
     * runs: either AWS requires no permission for it ({@code sts:GetCallerIdentity},
     * {@code sts:GetSessionToken}), or the decision needs a resource-based policy the method loads
     * ({@code sts:AssumeRole} with the role's trust policy, which alone can allow in the same
     * account). The action is still declared, for the action table and the audit trail.
     */
    boolean byMethod() default false;
}
