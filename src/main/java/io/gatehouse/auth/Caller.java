package io.gatehouse.auth;

import java.util.Objects;

/**
 * Who is calling: the account and IAM principal behind the access key that signed the request,
 * e.g. {@code Caller[accountId=123456789012, principalArn=arn:aws:iam::123456789012:user/alice,
 * accessKeyId=AKIA...]}. This is what the authorizer evaluates policies for.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">GetCallerIdentity</a>
 */
public record Caller(String accountId, String principalArn, String accessKeyId) {

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(principalArn, "principalArn");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
    }
}
