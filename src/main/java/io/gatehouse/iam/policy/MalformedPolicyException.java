package io.gatehouse.iam.policy;

/**
 * A policy document that does not follow the IAM policy grammar or exceeds its size limit. The
 * message names the statement and the element at fault, as AWS's {@code MalformedPolicyDocument}
 * does (e.g. {@code Statement 2 (Sid "ReadOnly"): Action "iam:Get*List" is not valid}).
 */
public final class MalformedPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedPolicyException(String message) {
        super(message);
    }
}
