package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/**
 * NEW_PASSWORD_REQUIRED: a user signed in with a temporary password sets a permanent one (and
 * any required attributes still missing, as {@code userAttributes.<name>}), then continues to
 * the second factor.
 */
@ApplicationScoped
public class NewPasswordChallenge implements ChallengeHandler {

    private final UserStore users;
    private final UserService userService;
    private final SignInProgress progress;

    public NewPasswordChallenge(UserStore users, UserService userService, SignInProgress progress) {
        this.users = users;
        this.userService = userService;
        this.progress = progress;
    }

    @Override
    public ChallengeName challenge() {
        return ChallengeName.NEW_PASSWORD_REQUIRED;
    }

    @Override
    @Transactional
    public SignInStep answer(UserPool pool, AppClient client, AuthSession session, Map<String, String> responses) {
        String password = AuthParameters.require(responses, AuthParameters.NEW_PASSWORD);
        PoolUser user = users.findBySub(session.sub()).filter(PoolUser::enabled)
                .filter(u -> u.status() == UserStatus.FORCE_CHANGE_PASSWORD)
                .orElseThrow(() -> new GatehouseException(UserPoolError.NOT_AUTHORIZED, AuthSessions.INVALID));
        Map<String, String> attributes = new HashMap<>();
        responses.forEach((k, v) -> {
            if (k.startsWith(AuthParameters.USER_ATTRIBUTES_PREFIX)) {
                attributes.put(k.substring(AuthParameters.USER_ATTRIBUTES_PREFIX.length()), v);
            }
        });
        if (!attributes.isEmpty()) {
            user = userService.changeOwnAttributes(pool, client, user, attributes);
        }
        for (String required : pool.settings().requiredAttributes()) {
            if (user.attribute(required) == null) {
                throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                        "Missing required attribute userAttributes." + required);
            }
        }
        PoolUser updated = userService.replacePassword(pool, user, password, UserStatus.CONFIRMED, "user.password.change");
        return progress.secondFactor(pool, client, updated);
    }
}
