package io.gatehouse.oidc.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written pool id shape agrees with the route regex it replaced, {@code [A-Za-z0-9-]+_[0-9a-zA-Z]+}. */
class PoolGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1_BenchPool1", "eu-west-2_abc", "a_b", "A-1_Z9", "-_0"})
    void routableWhenRegionUnderscoreIdThenTrue(String poolId) {
        assertTrue(PoolGuard.routable(poolId));
        assertTrue(poolId.matches("[A-Za-z0-9-]+_[0-9a-zA-Z]+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api", "q", "_abc", "abc_", "_", "a_b_c", "us-east-1_ab-c", "us east_1", "us-east-1_abc.",
        "identity-pools", "us-east-1_\u00e9", "us.east_1", "a__b"})
    void routableWhenAnyOtherShapeThenFalse(String poolId) {
        assertFalse(PoolGuard.routable(poolId));
        assertFalse(poolId.matches("[A-Za-z0-9-]+_[0-9a-zA-Z]+"));
    }

    @Test
    void routableWhenNullThenFalse() {
        assertFalse(PoolGuard.routable(null));
    }
}
