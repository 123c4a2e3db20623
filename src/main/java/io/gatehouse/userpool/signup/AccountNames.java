package io.gatehouse.userpool.signup;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.SignInNames;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user an app-facing account call names (username, or email where the pool signs in with
 * it), the answer for a name that matches nobody, and the verified-email bookkeeping that
 * confirmation and verification share.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html">Managing user existence error responses</a>
 */
@ApplicationScoped
public class AccountNames {

    static final String NOT_FOUND = "Username/client id combination not found.";

    private final SignInNames names;
    private final UserStore users;
    private final Clock clock;

    public AccountNames(SignInNames names, UserStore users, Clock clock) {
        this.names = Objects.requireNonNull(names, "names");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<PoolUser> find(UserPool pool, String username) {
        return names.find(pool, username);
    }

    /** UserNotFoundException, or with prevention on the client the error a wrong code would get. */
    static GatehouseException unknownUserOnConfirm(AppClient client) {
        return client.settings().preventUserExistenceErrors()
                ? new GatehouseException(UserPoolError.CODE_MISMATCH, UserCodes.MISMATCH)
                : new GatehouseException(UserPoolError.USER_NOT_FOUND, NOT_FOUND);
    }

    static boolean hasVerifiedEmail(PoolUser user) {
        return user.attribute(StandardAttributes.EMAIL) != null
                && "true".equals(user.attribute(StandardAttributes.EMAIL_VERIFIED));
    }

    /**
     * The user with {@code email_verified=true}. Where email is an alias, a verified email is a
     * sign-in name and must be unique: another user holding it verified is AliasExistsException,
     * unless {@code forceAlias} moves the alias (the other user's email becomes unverified).
     */
    PoolUser withVerifiedEmail(UserPool pool, PoolUser user, boolean forceAlias) {
        String email = user.attribute(StandardAttributes.EMAIL);
        if (email != null && pool.settings().aliasAttributes().contains(StandardAttributes.EMAIL)) {
            for (PoolUser other : users.findByAttribute(pool.id(), StandardAttributes.EMAIL, email)) {
                if (!other.sub().equals(user.sub()) && hasVerifiedEmail(other)) {
                    if (!forceAlias) {
                        throw new GatehouseException(UserPoolError.ALIAS_EXISTS, "An account with the email already exists.");
                    }
                    Map<String, String> moved = new HashMap<>(other.attributes());
                    moved.put(StandardAttributes.EMAIL_VERIFIED, "false");
                    users.update(other.withAttributes(moved, clock.instant()));
                }
            }
        }
        Map<String, String> attributes = new HashMap<>(user.attributes());
        attributes.put(StandardAttributes.EMAIL_VERIFIED, "true");
        return user.withAttributes(attributes, clock.instant());
    }
}
