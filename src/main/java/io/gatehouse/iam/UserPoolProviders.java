package io.gatehouse.iam;

import io.gatehouse.audit.AuditLog;
import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.platform.SingletonJob;
import io.gatehouse.userpool.PoolChangeListener;
import io.gatehouse.userpool.UserPool;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Keeps one IAM OIDC provider per user pool, named after the pool's issuer
 * ({@code arn:aws:iam::<account>:oidc-provider/<public URL without scheme>/<poolId>}), so trust
 * policies can name a pool the way AWS names any OIDC issuer. It is registered in the pool's
 * creating transaction and removed in its deleting one. At start, pools without it (databases from
 * before providers existed, or a changed public URL) get it; a provider of an earlier URL is
 * replaced, keeping its client ids, thumbprints and tags.
 */
@ApplicationScoped
public class UserPoolProviders implements PoolChangeListener {

    private static final Logger LOG = Logger.getLogger(UserPoolProviders.class);
    private static final String ACTOR = "gatehouse";

    private final OidcProviderStore store;
    private final PlatformConfig platform;
    private final SingletonJob singleton;
    private final AuditLog audit;
    private final Clock clock;

    public UserPoolProviders(OidcProviderStore store, PlatformConfig platform, SingletonJob singleton, AuditLog audit,
                             Clock clock) {
        this.store = store;
        this.platform = platform;
        this.singleton = singleton;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void poolCreated(UserPool pool) {
        register(pool.id(), pool.accountId());
    }

    @Override
    public void poolDeleted(UserPool pool) {
        store.findForPool(pool.id()).ifPresent(this::remove);
    }

    @Transactional
    void reconcile(@Observes @Priority(200) StartupEvent event) {
        singleton.lock(JobLock.STARTUP);
        List<OidcProviderStore.PoolRef> missing = store.poolsWithoutProvider(issuerPrefix());
        missing.forEach(pool -> register(pool.poolId(), pool.accountId()));
        if (!missing.isEmpty()) {
            LOG.infof("Registered the IAM OIDC provider of %d user pool(s)", missing.size());
        }
    }

    private void register(String poolId, String accountId) {
        String url = issuerPrefix() + poolId;
        OidcProvider carried = store.findForPool(poolId)
                .or(() -> store.find(accountId, OidcProviderUrls.name(url))).orElse(null);
        if (carried != null) {
            remove(carried);
        }
        OidcProvider provider = carried == null
                ? new OidcProvider(accountId, url, List.of(), List.of(), Map.of(), poolId, clock.instant())
                : new OidcProvider(accountId, url, carried.clientIds(), carried.thumbprints(), carried.tags(), poolId,
                        carried.createdAt());
        store.insert(provider);
        audit.record(IamAudit.success("iam.oidc-provider.create", accountId, ACTOR, provider.arn()));
    }

    private void remove(OidcProvider provider) {
        store.delete(provider.accountId(), provider.name());
        audit.record(IamAudit.success("iam.oidc-provider.delete", provider.accountId(), ACTOR, provider.arn()));
    }

    private String issuerPrefix() {
        return platform.baseUrl() + "/";
    }
}
