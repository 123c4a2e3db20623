package io.gatehouse.userpool.signup;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.triggers.PreSignUpEvent;
import io.gatehouse.userpool.triggers.SignUpTriggers;
import io.gatehouse.userpool.triggers.TriggerInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the pre sign-up trigger's answer to a validated user that is not stored yet. For SignUp,
 * {@code autoConfirmUser} makes the user CONFIRMED (no code is sent) and only then do
 * {@code autoVerifyEmail}/{@code autoVerifyPhone} mark the attributes verified, as in Cognito's
 * auto-confirm-and-verify example. For AdminCreateUser the status is the temporary password's
 * (FORCE_CHANGE_PASSWORD) and the verify flags apply on their own. Verifying an attribute the user
 * does not have is InvalidLambdaResponseException ("the email attribute must have a valid, non-null value").
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html">Pre sign-up Lambda trigger</a>
 */
@ApplicationScoped
public class PreSignUp {

    private final SignUpTriggers triggers;
    private final AccountNames names;
    private final Clock clock;

    public PreSignUp(SignUpTriggers triggers, AccountNames names, Clock clock) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.names = Objects.requireNonNull(names, "names");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user as the trigger decided; a rejection propagates (UserLambdaValidationException). */
    PoolUser decide(UserPool pool, String source, String clientId, PoolUser candidate, TriggerInput validationData,
                    TriggerInput clientMetadata) {
        PreSignUpEvent.Result decided = triggers.preSignUp(pool, source, clientId, candidate.username(),
                candidate.attributes(), validationData.values(), clientMetadata.values());
        boolean signUp = PreSignUpEvent.SIGN_UP.equals(source);
        if (signUp && !decided.autoConfirmUser()) {
            return candidate;
        }
        PoolUser user = signUp ? candidate.withStatus(UserStatus.CONFIRMED, clock.instant()) : candidate;
        if (decided.autoVerifyEmail()) {
            requirePresent(user, StandardAttributes.EMAIL);
            user = names.withVerifiedEmail(pool, user, false);
        }
        if (decided.autoVerifyPhone()) {
            requirePresent(user, StandardAttributes.PHONE_NUMBER);
            Map<String, String> attributes = new HashMap<>(user.attributes());
            attributes.put(StandardAttributes.PHONE_NUMBER_VERIFIED, "true");
            user = user.withAttributes(attributes, clock.instant());
        }
        return user;
    }

    private static void requirePresent(PoolUser user, String attribute) {
        String value = user.attribute(attribute);
        if (value == null || value.isEmpty()) {
            throw new GatehouseException(UserPoolError.INVALID_LAMBDA_RESPONSE, "Unrecognizable lambda output");
        }
    }
}
