package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The start-up reconciliation of user pools' OIDC providers: a pool whose provider is missing (a
 * database from before V12) or registered under an earlier public URL gets the current one.
 */
@GatehouseTest
class UserPoolProvidersTest {

    private static final String ACCOUNT = "000000000000";

    @Inject
    UserPoolProviders pools;
    @Inject
    OidcProviderStore store;
    @Inject
    EntityManager em;

    @Test
    void reconcileWhenPoolHasNoProviderThenRegistersIt() {
        String poolId = PoolFixtures.createPool("reconcile");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM iam_oidc_provider WHERE user_pool_id = ?1").setParameter(1, poolId).executeUpdate());
        assertThat(provider(poolId)).isEmpty();

        pools.reconcile(null);

        OidcProvider provider = provider(poolId).orElseThrow();
        assertThat(provider.url()).isEqualTo("http://localhost:8080/" + poolId);
        assertThat(provider.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":oidc-provider/localhost:8080/" + poolId);
        assertThat(provider.accountId()).isEqualTo(ACCOUNT);
    }

    @Test
    void reconcileWhenProviderHasEarlierPublicUrlThenReplacedKeepingClientIds() {
        String poolId = PoolFixtures.createPool("moved");
        String oldName = "old.example.com/" + poolId;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE iam_oidc_provider SET url = ?1, name = ?2, arn = ?3, client_ids = '["kept"]'
                WHERE user_pool_id = ?4""").setParameter(1, "https://" + oldName).setParameter(2, oldName)
                .setParameter(3, OidcProviderUrls.arn(ACCOUNT, oldName)).setParameter(4, poolId).executeUpdate());

        pools.reconcile(null);

        OidcProvider provider = provider(poolId).orElseThrow();
        assertThat(provider.name()).isEqualTo("localhost:8080/" + poolId);
        assertThat(provider.clientIds()).isEqualTo(List.of("kept"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.find(ACCOUNT, oldName))).isEmpty();
    }

    private Optional<OidcProvider> provider(String poolId) {
        return QuarkusTransaction.requiringNew().call(() -> store.findForPool(poolId));
    }
}
