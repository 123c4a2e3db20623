package io.gatehouse.userpool.signup;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.triggers.SignUpTriggers;
import io.gatehouse.userpool.triggers.TriggerInput;
import io.gatehouse.userpool.triggers.UserMigrationEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * ForgotPassword for a name the pool does not know yet, in a pool with a user migration trigger
 * ({@code UserMigration_ForgotPassword}): when the old directory knows the user, the user is
 * created without a password in RESET_REQUIRED (committed on its own) and the reset goes on as for
 * any user. Any failure reads as an unknown user, so the trigger cannot be used to enumerate users.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html">Migrate user Lambda trigger</a>
 */
@ApplicationScoped
public class ForgotPasswordMigration {

    private static final String ACTION = "user.migrate";

    private final SignUpTriggers triggers;
    private final UserService userService;
    private final UserStore users;
    private final AuditLog audit;

    public ForgotPasswordMigration(SignUpTriggers triggers, UserService userService, UserStore users, AuditLog audit) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.userService = Objects.requireNonNull(userService, "userService");
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The migrated user, or empty when there is no trigger, the trigger does not know the user, or anything fails. */
    Optional<PoolUser> migrate(UserPool pool, AppClient client, String username, TriggerInput clientMetadata) {
        try {
            Optional<UserMigrationEvent.Migrated> migrated = triggers.migrateForForgotPassword(pool, client.clientId(),
                    username, clientMetadata.values());
            if (migrated.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> create(pool, username, migrated.get())));
        } catch (GatehouseException e) {
            audit.recordAlone(AuditEntry.failure(ACTION, e.code().awsName()).withPool(pool.id()).withActor(username));
            return Optional.empty();
        }
    }

    private PoolUser create(UserPool pool, String username, UserMigrationEvent.Migrated migrated) {
        Map<String, String> attributes = new HashMap<>(migrated.userAttributes());
        attributes.keySet().removeIf(name -> name.equals("sub") || name.equals("username") || name.startsWith("cognito:"));
        PoolUser user = userService.newUser(pool.settings(), pool.id(), username, null, UserStatus.RESET_REQUIRED,
                attributes);
        users.insert(user);
        audit.record(AuditEntry.success(ACTION).withAccount(pool.accountId()).withPool(pool.id()).withActor(username)
                .withTarget(user.username()));
        return user;
    }
}
