package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.sts.TemporaryCredentials;
import io.gatehouse.sts.UserSessions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * GetSessionToken on the wire: {@code DurationSeconds}, {@code SerialNumber}, {@code TokenCode} in,
 * {@code Credentials} out.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html">GetSessionToken</a>
 */
@ApplicationScoped
public class StsSessionOperations implements QueryOperations {

    private final UserSessions sessions;

    public StsSessionOperations(UserSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Sts.operation("GetSessionToken", this::getSessionToken));
    }

    QueryResult getSessionToken(QueryCall call) {
        QueryInput input = call.input();
        Integer seconds = input.integer("DurationSeconds", 900, 129_600);
        String serial = input.string("SerialNumber", 9, 256);
        String code = input.string("TokenCode", 6, 6);
        TemporaryCredentials credentials = sessions.getSessionToken(call.caller(),
                seconds == null ? null : Duration.ofSeconds(seconds), serial, code);
        return QueryResult.of().add("Credentials", credentials(credentials));
    }

    static QueryResult credentials(TemporaryCredentials credentials) {
        return QueryResult.of()
                .add("AccessKeyId", credentials.accessKeyId())
                .add("SecretAccessKey", credentials.secretAccessKey())
                .add("SessionToken", credentials.sessionToken())
                .add("Expiration", credentials.expiration());
    }
}
