package io.gatehouse.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.userpool.UserPoolService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key lifecycle: published before signing, retired keys kept published, scheduled rotation. */
@GatehouseTest
class SigningKeyServiceTest {

    private static final String ACCOUNT = "000000000000";

    @Inject
    SigningKeyService keys;
    @Inject
    KeyRotationJob job;
    @Inject
    UserPoolService pools;
    @Inject
    SigningConfig config;

    @Test
    void poolCreatedWhenFirstKeyThenItSignsAtOnce() {
        String pool = pools.create(ACCOUNT, "test", "keys-first", null).id();

        List<SigningKey> published = keys.publishedKeys(pool);

        assertThat(published).hasSize(1);
        assertThat(keys.signer(pool).kid()).isEqualTo(published.get(0).kid());
        assertThat(keys.jwks(pool).getKeys()).extracting(k -> k.getKeyID()).containsExactly(published.get(0).kid());
    }

    @Test
    void rotateWhenPublishLeadNotElapsedThenNewKeyPublishedButOldStillSigns() throws Exception {
        String pool = pools.create(ACCOUNT, "test", "keys-rotate", null).id();
        String oldKid = keys.signer(pool).kid();

        SigningKey fresh = keys.rotate(pool, "test");

        assertThat(keys.jwks(pool).getKeys()).extracting(k -> k.getKeyID()).containsExactly(oldKid, fresh.kid());
        assertThat(keys.signer(pool).kid()).isEqualTo(oldKid);

        Thread.sleep(config.publishLead().plusMillis(200).toMillis());

        assertThat(keys.signer(pool).kid()).isEqualTo(fresh.kid());
        SigningKey old = keys.publishedKeys(pool).get(0);
        assertThat(old.kid()).isEqualTo(oldKid);
        assertThat(old.retiredAt()).isEqualTo(fresh.signsFrom());
        assertThat(Duration.between(old.retiredAt(), old.publishUntil())).isEqualTo(config.retainAfterRetirement());
    }

    @Test
    void rotationJobWhenKeyOlderThanCutoffThenPoolRotated() {
        String pool = pools.create(ACCOUNT, "test", "keys-job", null).id();
        String before = keys.publishedKeys(pool).get(0).kid();

        job.rotateKeysCreatedBefore(Instant.now().plusSeconds(1));

        assertThat(keys.publishedKeys(pool)).extracting(SigningKey::kid).contains(before).hasSize(2);
    }

    @Test
    void rotationJobWhenKeysYoungThenNothingRotated() {
        String pool = pools.create(ACCOUNT, "test", "keys-young", null).id();

        job.rotateKeysCreatedBefore(Instant.now().minus(Duration.ofDays(1)));

        assertThat(keys.publishedKeys(pool)).hasSize(1);
    }
}
