package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.sts.AssumedRole;
import io.gatehouse.sts.RoleSessionRequest;
import io.gatehouse.sts.RoleSessions;
import io.gatehouse.sts.WebIdentitySession;
import io.gatehouse.sts.WebIdentitySessions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The role operations on the wire. AssumeRole: {@code RoleArn}, {@code RoleSessionName}, {@code DurationSeconds},
 * {@code Policy}, {@code PolicyArns.member.N.arn}, {@code Tags.member.N.Key/Value},
 * {@code TransitiveTagKeys.member.N}, {@code ExternalId}, {@code SerialNumber}, {@code TokenCode},
 * {@code SourceIdentity} in; {@code Credentials}, {@code AssumedRoleUser}, {@code PackedPolicySize},
 * {@code SourceIdentity} out. {@link RoleSessions} authorizes it with the role's trust policy
 * ({@link Sts#AUTHORIZED_BY_OPERATION}). AssumeRoleWithWebIdentity, unsigned: {@code RoleArn},
 * {@code RoleSessionName}, {@code WebIdentityToken}, {@code ProviderId} (read for its syntax, then
 * ignored as AWS ignores it for OpenID Connect tokens), {@code DurationSeconds}, {@code Policy},
 * {@code PolicyArns} in; {@code Credentials}, {@code SubjectFromWebIdentityToken},
 * {@code AssumedRoleUser}, {@code PackedPolicySize}, {@code Provider}, {@code Audience},
 * {@code SourceIdentity} out.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole</a>
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity</a>
 */
@ApplicationScoped
public class StsRoleOperations implements QueryOperations {

    private final RoleSessions sessions;
    private final WebIdentitySessions webIdentities;

    public StsRoleOperations(RoleSessions sessions, WebIdentitySessions webIdentities) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.webIdentities = Objects.requireNonNull(webIdentities, "webIdentities");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Sts.operation("AssumeRole", this::assumeRole),
                Sts.operation("AssumeRoleWithWebIdentity", this::assumeRoleWithWebIdentity));
    }

    QueryResult assumeRole(QueryCall call) {
        QueryInput input = call.input();
        RoleSessionRequest request = StsShapes.roleSession(input, input.tags("Tags"),
                new LinkedHashSet<>(input.strings("TransitiveTagKeys")), input.string("SourceIdentity", 2, 64));
        AssumedRole assumed = sessions.assumeRole(call.caller(), request, input.string("ExternalId", 2, 1224),
                input.string("SerialNumber", 9, 256), input.string("TokenCode", 6, 6));
        return StsShapes.assumedRole(assumed);
    }

    QueryResult assumeRoleWithWebIdentity(QueryCall call) {
        QueryInput input = call.input();
        RoleSessionRequest request = StsShapes.roleSession(input, Map.of(), Set.of(), null);
        String token = input.requiredString("WebIdentityToken", 4, 20_000);
        input.string("ProviderId", 4, 2048);
        WebIdentitySession session = webIdentities.assume(request, token);
        return StsShapes.assumedRole(session.role())
                .add("SubjectFromWebIdentityToken", session.subject())
                .add("Provider", session.provider())
                .add("Audience", session.audience());
    }
}
