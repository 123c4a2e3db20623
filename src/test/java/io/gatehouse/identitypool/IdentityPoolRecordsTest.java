package io.gatehouse.identitypool;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.aws.cognitoidentity.IdentityPoolClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What identity pools leave in the database: the audit trail of issuance attempts (failures
 * included, on their own transaction), and signing keys — the identity-pool issuer's key lives
 * beside user-pool keys, and a deleted user pool still takes its own keys with it.
 */
@GatehouseTest
class IdentityPoolRecordsTest {

    @Inject
    EntityManager em;

    @Test
    void issuanceWhenRefusedOrGrantedThenAudited() {
        var admin = IdentityPoolClients.root();
        String closed = admin.createIdentityPool(r -> r.identityPoolName("audited").allowUnauthenticatedIdentities(false))
                .identityPoolId();
        assertAwsError(() -> IdentityPoolClients.unsigned().getId(r -> r.identityPoolId(closed)), "NotAuthorizedException", 400);
        assertThat(events("identity.getid", closed)).containsExactly("FAILURE NotAuthorizedException");

        String open = admin.createIdentityPool(r -> r.identityPoolName("audited-open").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String identityId = IdentityPoolClients.unsigned().getId(r -> r.identityPoolId(open)).identityId();
        assertThat(events("identity.getid", identityId)).containsExactly("SUCCESS null");
        assertThat(events("identitypool.create", open)).containsExactly("SUCCESS null");
        assertAwsError(() -> IdentityPoolClients.unsigned().getCredentialsForIdentity(r -> r.identityId(identityId)),
                "InvalidIdentityPoolConfigurationException", 400);
        assertThat(events("identity.credentials", identityId)).containsExactly("FAILURE InvalidIdentityPoolConfigurationException");
    }

    @Test
    void signingKeysWhenUserPoolDeletedThenItsKeysGoAndIssuerKeyStays() {
        String poolId = PoolFixtures.createPool("keys");
        assertThat(keyCount(poolId)).isPositive();
        SignedRequests.root().delete("/api/v1/user-pools/" + poolId).then().statusCode(204);
        assertThat(keyCount(poolId)).isZero();
        assertThat(keyCount(IdentityPoolTokens.KEY_OWNER)).isPositive();
    }

    private long keyCount(String owner) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM signing_key WHERE pool_id = ?1").setParameter(1, owner).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> events(String action, String target) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(
                        "SELECT outcome, reason FROM audit_event WHERE action = ?1 AND target = ?2 ORDER BY id")
                .setParameter(1, action).setParameter(2, target).getResultList())
                .stream().map(r -> r[0] + " " + r[1]).toList());
    }
}
