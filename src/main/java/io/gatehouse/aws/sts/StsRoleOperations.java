package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.sts.AssumedRole;
import io.gatehouse.sts.RoleSessionRequest;
import io.gatehouse.sts.RoleSessions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * AssumeRole on the wire: {@code RoleArn}, {@code RoleSessionName}, {@code DurationSeconds},
 * {@code Policy}, {@code PolicyArns.member.N.arn}, {@code Tags.member.N.Key/Value},
 * {@code TransitiveTagKeys.member.N}, {@code ExternalId}, {@code SerialNumber}, {@code TokenCode},
 * {@code SourceIdentity} in; {@code Credentials}, {@code AssumedRoleUser}, {@code PackedPolicySize},
 * {@code SourceIdentity} out. {@link RoleSessions} authorizes it with the role's trust policy
 * ({@link Sts#AUTHORIZED_BY_OPERATION}).
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole</a>
 */
@ApplicationScoped
public class StsRoleOperations implements QueryOperations {

    private final RoleSessions sessions;

    public StsRoleOperations(RoleSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Sts.operation("AssumeRole", this::assumeRole));
    }

    QueryResult assumeRole(QueryCall call) {
        QueryInput input = call.input();
        RoleSessionRequest request = new RoleSessionRequest(input.requiredString("RoleArn", 20, 2048),
                input.requiredString("RoleSessionName", 2, 64), StsShapes.duration(input, 43_200),
                input.string("Policy", 1, 2048), StsShapes.policyArns(input), input.tags("Tags"),
                new LinkedHashSet<>(input.strings("TransitiveTagKeys")), input.string("SourceIdentity", 2, 64));
        AssumedRole assumed = sessions.assumeRole(call.caller(), request, input.string("ExternalId", 2, 1224),
                input.string("SerialNumber", 9, 256), input.string("TokenCode", 6, 6));
        return StsShapes.assumedRole(assumed);
    }
}
