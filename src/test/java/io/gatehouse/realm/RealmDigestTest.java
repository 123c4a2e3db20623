package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The digest that decides whether a realm file is imported again at start. */
class RealmDigestTest {

    private static final String JSON = "{\"userPools\": []}";

    @Test
    void ofWhenSameInputsThenSameSha256Hex() {
        String digest = RealmDigest.of(JSON, "000000000000", "1.0");

        assertEquals(digest, RealmDigest.of(JSON, "000000000000", "1.0"));
        assertTrue(digest.matches("[0-9a-f]{64}"), digest);
    }

    @Test
    void ofWhenContentAccountOrVersionDiffersThenDigestDiffers() {
        String digest = RealmDigest.of(JSON, "000000000000", "1.0");

        assertNotEquals(digest, RealmDigest.of(JSON + " ", "000000000000", "1.0"));
        assertNotEquals(digest, RealmDigest.of(JSON, "111111111111", "1.0"));
        assertNotEquals(digest, RealmDigest.of(JSON, "000000000000", "1.1"));
    }

    @Test
    void ofWhenBoundaryBetweenInputsMovesThenDigestDiffers() {
        assertNotEquals(RealmDigest.of("x", "000000000000", "1.0\n"), RealmDigest.of("\nx", "000000000000", "1.0"));
    }
}
