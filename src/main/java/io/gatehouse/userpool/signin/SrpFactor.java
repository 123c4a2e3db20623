package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.SignInNames;
import io.gatehouse.userpool.SrpVerifiers;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.signin.srp.SrpChallenge;
import io.gatehouse.userpool.signin.srp.SrpParameterException;
import io.gatehouse.userpool.signin.srp.SrpServer;
import io.gatehouse.userpool.signin.srp.SrpVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * USER_SRP_AUTH, first leg: the client's SRP_A is answered with SRP_B, the salt and a fresh
 * secret block, and the session key is kept in the sign-in session for the PASSWORD_VERIFIER
 * answer. An unknown or disabled user gets a challenge that looks the same (a verifier of a
 * random password, with a salt derived from the name so repeated requests agree) and fails at
 * the answer like a wrong password: no user enumeration.
 */
@ApplicationScoped
public class SrpFactor implements FirstFactor {

    static final String KEY = "srpKey";
    static final String SECRET_BLOCK_HASH = "secretBlock";
    static final String DECOY = "decoy";
    private static final int SECRET_BLOCK_BYTES = 64;

    private final SignInNames names;
    private final SrpVerifiers verifiers;
    private final AuthSessions sessions;
    private final SecureRandom random = new SecureRandom();
    private final byte[] decoySeed = new byte[32];

    public SrpFactor(SignInNames names, SrpVerifiers verifiers, AuthSessions sessions) {
        this.names = names;
        this.verifiers = verifiers;
        this.sessions = sessions;
        random.nextBytes(decoySeed);
    }

    @Override
    public Set<AuthFlow> flows() {
        return Set.of(AuthFlow.USER_SRP_AUTH);
    }

    @Override
    public SignInStep start(UserPool pool, AppClient client, Map<String, String> parameters) {
        String username = AuthParameters.require(parameters, AuthParameters.USERNAME);
        String srpA = AuthParameters.require(parameters, AuthParameters.SRP_A);
        Optional<PoolUser> user = names.find(pool, username).filter(PoolUser::enabled);
        Optional<SrpVerifier> verifier = user.flatMap(u -> verifiers.find(u.sub()));
        String userIdForSrp = user.map(PoolUser::username).orElse(username);
        SrpVerifier used = verifier.orElseGet(() -> decoy(pool, userIdForSrp));
        SrpChallenge challenge;
        try {
            challenge = SrpServer.challenge(used, srpA, random);
        } catch (SrpParameterException e) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, e.getMessage());
        }
        byte[] block = new byte[SECRET_BLOCK_BYTES];
        random.nextBytes(block);
        String secretBlock = Base64.getEncoder().encodeToString(block);
        UUID sub = verifier.isPresent() ? user.get().sub() : null;
        Map<String, String> state = Map.of(KEY, challenge.session().toText(),
                SECRET_BLOCK_HASH, SecretDigest.sha256Hex(secretBlock),
                AuthParameters.USER_ID_FOR_SRP, userIdForSrp,
                AuthParameters.USERNAME, username.length() > 128 ? username.substring(0, 128) : username,
                DECOY, Boolean.toString(sub == null));
        return sessions.challenge(client, sub, ChallengeName.PASSWORD_VERIFIER, Map.of(
                AuthParameters.SRP_B, challenge.srpB(),
                AuthParameters.SALT, used.saltHex(),
                AuthParameters.SECRET_BLOCK, secretBlock,
                AuthParameters.USER_ID_FOR_SRP, userIdForSrp,
                AuthParameters.USERNAME, userIdForSrp), state);
    }

    private SrpVerifier decoy(UserPool pool, String username) {
        byte[] salt = SecretDigest.sha256((pool.id() + "\n" + username + "\n"
                + Base64.getEncoder().encodeToString(decoySeed)).getBytes(StandardCharsets.UTF_8));
        byte[] password = new byte[24];
        random.nextBytes(password);
        return SrpVerifier.create(SrpVerifiers.srpPoolName(pool.id()), username,
                Base64.getEncoder().encodeToString(password), new BigInteger(1, java.util.Arrays.copyOf(salt, 16)));
    }
}
