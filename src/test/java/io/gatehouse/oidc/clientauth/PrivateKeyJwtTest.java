package io.gatehouse.oidc.clientauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import org.junit.jupiter.api.Test;

class PrivateKeyJwtTest {

    @Test
    void algorithmsWhenListedThenNoSymmetricOrNone() {
        assertThat(PrivateKeyJwt.ALGORITHMS).noneMatch(a -> JWSAlgorithm.Family.HMAC_SHA.contains(a))
                .doesNotContain(new JWSAlgorithm("none"));
    }
}
