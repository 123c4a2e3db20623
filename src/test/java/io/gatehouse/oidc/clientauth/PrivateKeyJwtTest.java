package io.gatehouse.oidc.clientauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import io.gatehouse.oidc.message.DiscoveryDocument;
import org.junit.jupiter.api.Test;

class PrivateKeyJwtTest {

    @Test
    void algorithmsWhenAdvertisedInDiscoveryThenExactlyThoseAccepted() {
        assertThat(PrivateKeyJwt.ALGORITHMS).extracting(JWSAlgorithm::getName)
                .containsExactlyInAnyOrderElementsOf(DiscoveryDocument.ASSERTION_ALGORITHMS);
    }

    @Test
    void algorithmsWhenListedThenNoSymmetricOrNone() {
        assertThat(PrivateKeyJwt.ALGORITHMS).noneMatch(a -> JWSAlgorithm.Family.HMAC_SHA.contains(a))
                .doesNotContain(new JWSAlgorithm("none"));
    }
}
