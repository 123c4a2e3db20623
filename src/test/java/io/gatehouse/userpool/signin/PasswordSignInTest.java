package io.gatehouse.userpool.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore;
import io.gatehouse.crypto.PasswordConfig;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.UserService;
import io.gatehouse.userpool.UserStatus;
import io.gatehouse.userpool.UserStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@GatehouseTest
class PasswordSignInTest {

    private static final String ACCOUNT = "000000000000";
    private static final String POOL = "us-east-1_DemoPool1";

    @Inject
    PasswordSignIn signIn;
    @Inject
    UserService users;
    @Inject
    UserStore userStore;
    @Inject
    AuditStore audit;
    @Inject
    PasswordConfig passwordConfig;
    @Inject
    UserPoolDirectory directory;
    @Inject
    io.gatehouse.userpool.SrpVerifiers verifiers;

    @Test
    void signInWhenPasswordCorrectThenPwdAmrAndAuditSuccess() {
        users.create(ACCOUNT, "test", POOL, "signin-ok", "Signin-Passw0rd!", true, Map.of());

        PoolUser result = signIn.verify(pool(), null, "SIGNIN-OK", "Signin-Passw0rd!");

        assertThat(result.username()).isEqualTo("signin-ok");
        assertThat(events("signin-ok")).first().extracting(AuditEvent::outcome).isEqualTo(AuditEvent.Outcome.SUCCESS);
    }

    @Test
    void signInWhenWrongPasswordOrUnknownUserThenSameError() {
        users.create(ACCOUNT, "test", POOL, "signin-wrong", "Signin-Passw0rd!", true, Map.of());

        GatehouseException wrong = catchSignIn("signin-wrong", "Nope-Passw0rd!");
        GatehouseException unknown = catchSignIn("signin-nobody", "Nope-Passw0rd!");

        assertThat(wrong.code()).isEqualTo(UserPoolError.NOT_AUTHORIZED);
        assertThat(unknown.code()).isEqualTo(wrong.code());
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(events("signin-wrong")).first().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.FAILURE);
            assertThat(e.reason()).isEqualTo("wrong password");
        });
        assertThat(events("signin-nobody")).first().extracting(AuditEvent::reason).isEqualTo("unknown user");
    }

    @Test
    void signInWhenUserDisabledThenSameErrorAsWrongPassword() {
        users.create(ACCOUNT, "test", POOL, "signin-disabled", "Signin-Passw0rd!", true, Map.of());
        users.setEnabled(ACCOUNT, "test", POOL, "signin-disabled", false);

        assertThat(catchSignIn("signin-disabled", "Signin-Passw0rd!").getMessage()).isEqualTo(PasswordSignIn.INCORRECT);
    }

    @Test
    void signInWhenTemporaryPasswordThenVerifiedWithStatusLeftToTheFlow() {
        users.create(ACCOUNT, "test", POOL, "signin-temp", "Signin-Passw0rd!", false, Map.of());

        assertThat(signIn.verify(pool(), null, "signin-temp", "Signin-Passw0rd!").status())
                .isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void signInWhenRepeatedFailuresThenThrottledEvenWithRightPassword() {
        users.create(ACCOUNT, "test", POOL, "signin-throttle", "Signin-Passw0rd!", true, Map.of());
        for (int i = 0; i < 4; i++) {
            assertThat(catchSignIn("signin-throttle", "Wrong-Passw0rd!" + i).code()).isEqualTo(UserPoolError.NOT_AUTHORIZED);
        }

        GatehouseException throttled = catchSignIn("signin-throttle", "Signin-Passw0rd!");

        assertThat(throttled.code()).isEqualTo(CommonError.TOO_MANY_REQUESTS);
        assertThat(events("signin-throttle")).first().extracting(AuditEvent::reason).isEqualTo("throttled");
    }

    @Test
    void signInWhenStoredHashHasOldParametersThenRehashed() {
        PoolUser user = users.create(ACCOUNT, "test", POOL, "signin-rehash", null, true, Map.of());
        String oldHash = oldHasher().hash("Signin-Passw0rd!");
        QuarkusTransaction.requiringNew().run(() ->
                userStore.update(user.withPassword(oldHash, UserStatus.CONFIRMED, Instant.now())));

        signIn.verify(pool(), null, "signin-rehash", "Signin-Passw0rd!");

        String stored = QuarkusTransaction.requiringNew()
                .call(() -> userStore.findByUsername(POOL, "signin-rehash").orElseThrow().passwordHash());
        assertThat(stored).isNotEqualTo(oldHash)
                .startsWith("$argon2id$v=19$m=" + passwordConfig.memoryKib() + ",t=" + passwordConfig.iterations() + ",");
        assertThat(signIn.verify(pool(), null, "signin-rehash", "Signin-Passw0rd!").username()).isEqualTo("signin-rehash");
    }

    private GatehouseException catchSignIn(String username, String password) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> signIn.verify(pool(), null, username, password));
        assertThat(t).isInstanceOf(GatehouseException.class);
        return (GatehouseException) t;
    }

    @Test
    void verifyWhenUserHasNoSrpVerifierThenPasswordSignInStoresOne() {
        PoolUser user = users.create(ACCOUNT, "test", POOL, "signin-srp", null, true, Map.of());
        QuarkusTransaction.requiringNew().run(() ->
                userStore.update(user.withPassword(oldHasher().hash("Signin-Passw0rd!"), UserStatus.CONFIRMED, Instant.now())));
        assertThat(QuarkusTransaction.requiringNew().call(() -> verifiers.find(user.sub()))).isEmpty();

        signIn.verify(pool(), null, "signin-srp", "Signin-Passw0rd!");

        assertThat(QuarkusTransaction.requiringNew().call(() -> verifiers.find(user.sub()))).isPresent();
    }

    private UserPool pool() {
        return directory.pool(POOL).orElseThrow();
    }

    private List<AuditEvent> events(String actor) {
        return audit.query(new AuditStore.AuditQuery(null, POOL, "signin.password", actor, null, null, null), null, 10);
    }

    private static PasswordHasher oldHasher() {
        return new PasswordHasher(new PasswordConfig() {
            @Override
            public int memoryKib() {
                return 512;
            }

            @Override
            public int iterations() {
                return 1;
            }

            @Override
            public int parallelism() {
                return 1;
            }
        }, new Ids());
    }
}
