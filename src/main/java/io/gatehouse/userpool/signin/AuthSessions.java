package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Issues and redeems the session strings that carry a sign-in from one challenge to the next.
 * A session is a 384-bit random value stored only as its SHA-256; it lives as long as the
 * client's auth session validity (3 to 15 minutes) and is spent by the first answer, right or
 * wrong, as Cognito does.
 */
@ApplicationScoped
public class AuthSessions {

    static final String INVALID = "Invalid session for the user, session is expired.";
    private static final int MAX_SESSION = 2048;

    private final AuthSessionStore store;
    private final Ids ids;
    private final Clock clock;

    public AuthSessions(AuthSessionStore store, Ids ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** Opens a session for {@code challenge} and returns the session string for the client. */
    public SignInStep.Challenge challenge(AppClient client, UUID sub, ChallengeName challenge,
                                          Map<String, String> parameters, Map<String, String> state) {
        String session = ids.token(48);
        store.insert(new AuthSession(SecretDigest.sha256Hex(session), client.poolId(), client.clientId(), sub,
                challenge, state, clock.instant().plusSeconds(60L * client.settings().authSessionValidityMinutes())));
        return new SignInStep.Challenge(challenge, session, parameters);
    }

    /**
     * Redeems a session answering {@code challenge} for {@code client}; a missing, expired,
     * replayed, foreign or mismatched session is NotAuthorizedException.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuthSession take(String session, AppClient client, ChallengeName challenge) {
        AuthSession found = take(session, challenge);
        if (!found.clientId().equals(client.clientId())) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, INVALID);
        }
        return found;
    }

    /** Redeems a session of {@code challenge} whatever its client (calls that carry only a Session). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuthSession take(String session, ChallengeName challenge) {
        if (session == null || session.isEmpty() || session.length() > MAX_SESSION) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Session must be 1 to 2048 characters");
        }
        AuthSession found = store.take(SecretDigest.sha256Hex(session), clock.instant())
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, INVALID));
        if (found.challenge() != challenge) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED, INVALID);
        }
        return found;
    }
}
