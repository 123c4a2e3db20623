package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.aws.wire.AuthorizationTarget;
import io.gatehouse.sts.FederatedUser;
import io.gatehouse.sts.FederationRequest;
import io.gatehouse.sts.FederationSessions;
import io.gatehouse.sts.TemporaryCredentials;
import io.gatehouse.sts.UserSessions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * The sessions of IAM users and the root user on the wire: GetSessionToken ({@code DurationSeconds},
 * {@code SerialNumber}, {@code TokenCode} in, {@code Credentials} out) and GetFederationToken
 * ({@code Name}, {@code DurationSeconds}, {@code Policy}, {@code PolicyArns}, {@code Tags} in;
 * {@code Credentials}, {@code FederatedUser}, {@code PackedPolicySize} out), the latter authorized
 * on the federated user's ARN.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html">GetSessionToken</a>
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html">GetFederationToken</a>
 */
@ApplicationScoped
public class StsSessionOperations implements QueryOperations {

    private final UserSessions sessions;
    private final FederationSessions federation;

    public StsSessionOperations(UserSessions sessions, FederationSessions federation) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.federation = Objects.requireNonNull(federation, "federation");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Sts.operation("GetSessionToken", this::getSessionToken),
                Sts.operation("GetFederationToken", this::getFederationToken, (caller, input) -> AuthorizationTarget.of(
                        FederationSessions.arn(caller.accountId(), String.valueOf(input.string("Name"))))));
    }

    QueryResult getSessionToken(QueryCall call) {
        QueryInput input = call.input();
        String serial = input.string("SerialNumber", 9, 256);
        String code = input.string("TokenCode", 6, 6);
        TemporaryCredentials credentials = sessions.getSessionToken(call.caller(),
                StsShapes.duration(input, 129_600), serial, code);
        return QueryResult.of().add("Credentials", StsShapes.credentials(credentials));
    }

    QueryResult getFederationToken(QueryCall call) {
        QueryInput input = call.input();
        FederationRequest request = new FederationRequest(input.requiredString("Name", 2, 32),
                StsShapes.duration(input, 129_600), input.string("Policy", 1, 2048), StsShapes.policyArns(input),
                input.tags("Tags"));
        FederatedUser user = federation.getFederationToken(call.caller(), request);
        return QueryResult.of()
                .add("Credentials", StsShapes.credentials(user.credentials()))
                .add("FederatedUser", QueryResult.of()
                        .add("FederatedUserId", user.federatedUserId())
                        .add("Arn", user.arn()))
                .add("PackedPolicySize", user.packedPolicySize());
    }
}
