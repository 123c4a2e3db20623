package io.gatehouse.iam;

/**
 * A managed policy attached to a principal, as IAM lists it: name and ARN.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachedPolicy.html">AttachedPolicy</a>
 */
public record AttachedPolicy(String policyName, String policyArn) {

    static AttachedPolicy of(String arn) {
        return new AttachedPolicy(arn.substring(arn.lastIndexOf('/') + 1), arn);
    }
}
