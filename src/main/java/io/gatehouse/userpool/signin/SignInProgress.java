package io.gatehouse.userpool.signin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.MfaConfiguration;
import io.gatehouse.userpool.MfaType;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.signup.CodeDelivery;
import io.gatehouse.userpool.signup.CodeMail;
import io.gatehouse.userpool.signup.CodePurpose;
import io.gatehouse.userpool.signup.UserCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides what follows a proven password: Cognito's order is account status first (an
 * unconfirmed user cannot sign in, a temporary password must be replaced), then the second
 * factor the pool and the user call for, then tokens.
 */
@ApplicationScoped
public class SignInProgress {

    static final String AMR = "amr";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthSessions sessions;
    private final UserMfaStore mfa;
    private final UserCodes codes;
    private final CodeMail mail;
    private final Clock clock;

    public SignInProgress(AuthSessions sessions, UserMfaStore mfa, UserCodes codes, CodeMail mail, Clock clock) {
        this.sessions = sessions;
        this.codes = codes;
        this.mail = mail;
        this.mfa = mfa;
        this.clock = clock;
    }

    /** The step after the password, for a user whose password was just verified. */
    @Transactional
    public SignInStep afterPassword(UserPool pool, AppClient client, PoolUser user) {
        switch (user.status()) {
            case UNCONFIRMED -> throw new GatehouseException(UserPoolError.USER_NOT_CONFIRMED, "User is not confirmed.");
            case RESET_REQUIRED -> throw new GatehouseException(UserPoolError.PASSWORD_RESET_REQUIRED,
                    "Password reset required for the user");
            case FORCE_CHANGE_PASSWORD -> {
                return newPasswordRequired(pool, client, user);
            }
            default -> {
                return secondFactor(pool, client, user);
            }
        }
    }

    /** The second-factor challenge the pool and the user call for, or done with {@code pwd}. */
    @Transactional
    public SignInStep secondFactor(UserPool pool, AppClient client, PoolUser user) {
        MfaConfiguration mode = pool.settings().mfaConfiguration();
        if (mode == MfaConfiguration.OFF) {
            return signedInWithPassword(user);
        }
        UserMfa factors = mfa.find(user.sub()).orElse(UserMfa.none(user.sub()));
        List<MfaType> enabled = enabledFactors(pool, factors);
        if (enabled.isEmpty() && mode == MfaConfiguration.OPTIONAL) {
            return signedInWithPassword(user);
        }
        if (enabled.isEmpty()) {
            if (!pool.settings().mfaOffered(MfaType.SOFTWARE_TOKEN_MFA)) {
                throw new GatehouseException(UserPoolError.INVALID_USER_POOL_CONFIGURATION,
                        "MFA is required but no factor the user can set up is enabled in the pool");
            }
            return sessions.challenge(client, user.sub(), ChallengeName.MFA_SETUP,
                    Map.of(AuthParameters.MFAS_CAN_SETUP, "[\"SOFTWARE_TOKEN_MFA\"]"), Map.of());
        }
        MfaType chosen = enabled.size() == 1 ? enabled.get(0)
                : factors.preferred() != null && enabled.contains(factors.preferred()) ? factors.preferred() : null;
        if (chosen == null) {
            return sessions.challenge(client, user.sub(), ChallengeName.SELECT_MFA_TYPE,
                    Map.of(AuthParameters.MFAS_CAN_CHOOSE, json(enabled.stream().map(Enum::name).toList())), Map.of());
        }
        return factorChallenge(pool, client, user, chosen);
    }

    private SignInStep signedInWithPassword(PoolUser user) {
        return new SignInStep.SignedIn(new SignInResult(user, clock.instant(), List.of("pwd")));
    }

    /** The challenge that asks for {@code factor}'s code; for email, the code is sent now. */
    public SignInStep factorChallenge(UserPool pool, AppClient client, PoolUser user, MfaType factor) {
        if (factor == MfaType.EMAIL_OTP) {
            CodeDelivery delivery = mail.sendSignInCode(pool, user, codes.issue(pool, user, CodePurpose.MFA_EMAIL),
                    client.clientId());
            return sessions.challenge(client, user.sub(), ChallengeName.EMAIL_OTP, Map.of(
                    AuthParameters.CODE_DELIVERY_DELIVERY_MEDIUM, delivery.deliveryMedium(),
                    AuthParameters.CODE_DELIVERY_DESTINATION, delivery.destination()), Map.of());
        }
        return sessions.challenge(client, user.sub(), ChallengeName.SOFTWARE_TOKEN_MFA, Map.of(), Map.of());
    }

    private static List<MfaType> enabledFactors(UserPool pool, UserMfa factors) {
        List<MfaType> enabled = new ArrayList<>();
        if (factors.totpReady() && pool.settings().mfaOffered(MfaType.SOFTWARE_TOKEN_MFA)) {
            enabled.add(MfaType.SOFTWARE_TOKEN_MFA);
        }
        if (factors.emailEnabled() && pool.settings().mfaOffered(MfaType.EMAIL_OTP)) {
            enabled.add(MfaType.EMAIL_OTP);
        }
        return enabled;
    }

    private SignInStep newPasswordRequired(UserPool pool, AppClient client, PoolUser user) {
        Duration validity = Duration.ofDays(pool.settings().passwordPolicy().temporaryPasswordValidityDays());
        if (!validity.isZero() && user.passwordSetAt().plus(validity).isBefore(clock.instant())) {
            throw new GatehouseException(UserPoolError.NOT_AUTHORIZED,
                    "Temporary password has expired and must be reset by an administrator.");
        }
        Map<String, String> visible = new TreeMap<>();
        user.attributes().forEach((k, v) -> {
            if (client.settings().canRead(k)) {
                visible.put(k, v);
            }
        });
        Map<String, String> parameters = new HashMap<>();
        parameters.put(AuthParameters.USER_ID_FOR_SRP, user.username());
        parameters.put(AuthParameters.REQUIRED_ATTRIBUTES, json(pool.settings().requiredAttributes().stream()
                .filter(a -> !user.attributes().containsKey(a)).map(a -> AuthParameters.USER_ATTRIBUTES_PREFIX + a)
                .sorted().toList()));
        parameters.put(AuthParameters.USER_ATTRIBUTES, json(visible));
        return sessions.challenge(client, user.sub(), ChallengeName.NEW_PASSWORD_REQUIRED, parameters, Map.of());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
