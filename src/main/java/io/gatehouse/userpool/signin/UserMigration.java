package io.gatehouse.userpool.signin;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.SrpVerifiers;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStore;
import io.gatehouse.userpool.triggers.AuthenticationTriggers;
import io.gatehouse.userpool.triggers.UserMigrationEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in with a name the pool does not know yet, in a pool with a user migration trigger: the
 * trigger checks the name and password against the old directory and, when it answers with the
 * user's attributes, the user is created with that password (in its own transaction, so the user
 * stays even when the sign-in then stops at a challenge or a reset). Only password sign-ins get
 * here: with SRP the password never reaches the server, so there is nothing to migrate with.
 * Any failure reads as an unknown user (no enumeration through the trigger).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-import-using-lambda.html">Importing users with a user migration Lambda trigger</a>
 */
@ApplicationScoped
public class UserMigration {

    private static final String ACTION = "user.migrate";

    private final AuthenticationTriggers triggers;
    private final UserService userService;
    private final UserStore users;
    private final SrpVerifiers verifiers;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public UserMigration(AuthenticationTriggers triggers, UserService userService, UserStore users,
                         SrpVerifiers verifiers, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.triggers = triggers;
        this.userService = userService;
        this.users = users;
        this.verifiers = verifiers;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The migrated user, or empty when there is no trigger, the trigger does not know the user, or anything fails. */
    public Optional<PoolUser> migrate(UserPool pool, AppClient client, String username, String password) {
        if (!triggers.migrates(pool) || password == null) {
            return Optional.empty();
        }
        try {
            Optional<UserMigrationEvent.Migrated> migrated = triggers.migrateUser(pool, client, username, password);
            if (migrated.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> create(pool, username, password, migrated.get())));
        } catch (GatehouseException e) {
            audit.recordAlone(AuditEntry.failure(ACTION, e.code().awsName()).withPool(pool.id()).withActor(username));
            return Optional.empty();
        }
    }

    /** The password is the one the old directory accepted: stored as is, not checked against today's policy. */
    private PoolUser create(UserPool pool, String username, String password, UserMigrationEvent.Migrated migrated) {
        Map<String, String> attributes = new HashMap<>(migrated.userAttributes());
        attributes.keySet().removeIf(name -> name.equals("sub") || name.equals("username") || name.startsWith("cognito:"));
        PoolUser user = userService.newUser(pool.settings(), pool.id(), username, null, migrated.finalUserStatus(),
                attributes);
        user = user.withPassword(hasher.hash(password), migrated.finalUserStatus(), clock.instant());
        users.insert(user);
        verifiers.store(user, password);
        audit.record(AuditEntry.success(ACTION).withAccount(pool.accountId()).withPool(pool.id()).withActor(username)
                .withTarget(user.username()));
        return user;
    }
}
