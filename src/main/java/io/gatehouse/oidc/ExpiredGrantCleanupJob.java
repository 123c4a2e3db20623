package io.gatehouse.oidc;

import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes expired protocol state on one node at a time. Codes and token families are kept one
 * day past expiry: a family must outlive every access token carrying its {@code origin_jti}
 * (at most one day), or those tokens would read as revoked.
 */
@ApplicationScoped
public class ExpiredGrantCleanupJob {

    private static final Duration GRACE = Duration.ofDays(1);

    private final AuthorizationCodeStore codes;
    private final TokenFamilyStore families;
    private final LoginTransactionStore logins;
    private final SsoSessionStore sessions;
    private final ClientAssertionStore assertions;
    private final SingletonJob singleton;
    private final Clock clock;

    public ExpiredGrantCleanupJob(AuthorizationCodeStore codes, TokenFamilyStore families, LoginTransactionStore logins,
                                  SsoSessionStore sessions, ClientAssertionStore assertions, SingletonJob singleton,
                                  Clock clock) {
        this.codes = codes;
        this.families = families;
        this.logins = logins;
        this.sessions = sessions;
        this.assertions = assertions;
        this.singleton = singleton;
        this.clock = clock;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        if (singleton.tryLock(JobLock.EXPIRED_GRANT_CLEANUP)) {
            deleteExpired(clock.instant());
        }
    }

    @Transactional
    void deleteExpired(Instant now) {
        codes.deleteExpired(now.minus(GRACE));
        families.deleteExpired(now.minus(GRACE));
        logins.deleteExpired(now);
        sessions.deleteExpired(now);
        assertions.deleteExpired(now);
    }
}
