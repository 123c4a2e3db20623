package io.gatehouse.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: the account and principal behind the credentials that signed the request, e.g.
 * {@code Caller[accountId=123456789012, principalArn=arn:aws:iam::123456789012:user/alice,
 * accessKeyId=AKIA..., type=USER, userId=AIDA..., session=null]}. This is what the authorizer
 * evaluates policies for and what GetCallerIdentity reports. {@code userId} is AWS's unique id
 * ({@code aws:userid}): the account id for the root user, the {@code AIDA…} id of a user,
 * {@code AROA…:session} for a role session. {@code session} is null for long-term access keys.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">GetCallerIdentity</a>
 */
public record Caller(String accountId, String principalArn, String accessKeyId, PrincipalType type, String userId,
                     CallerSession session) {

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(principalArn, "principalArn");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(userId, "userId");
    }

    /** The caller of a long-term access key of the root user or an IAM user, typed by its ARN. */
    public static Caller longTerm(String accountId, String principalArn, String accessKeyId, String userId) {
        PrincipalType type = principalArn.endsWith(":root") ? PrincipalType.ROOT : PrincipalType.USER;
        return new Caller(accountId, principalArn, accessKeyId, type, type == PrincipalType.ROOT ? accountId
                : Objects.requireNonNull(userId, "userId"), null);
    }

    /** The temporary session behind this call, if it is signed with temporary credentials. */
    public Optional<CallerSession> temporarySession() {
        return Optional.ofNullable(session);
    }

    /** The friendly name ({@code aws:username}) of an IAM user; empty for other principals. */
    public Optional<String> userName() {
        if (type != PrincipalType.USER) {
            return Optional.empty();
        }
        return Optional.of(principalArn.substring(principalArn.lastIndexOf('/') + 1));
    }
}
