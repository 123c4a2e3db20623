package io.gatehouse.testing;

import java.util.Map;

/** Sets a pool's trigger webhooks and rotates its signing secret through the signed admin API. */
public final class TriggerFixtures {

    private TriggerFixtures() {
    }

    /** Replaces the pool's settings with just these triggers (other settings take their defaults). */
    public static void setTriggers(String poolId, Map<String, Object> triggers) {
        SignedRequests.root().patch("/api/v1/user-pools/" + poolId, Map.of("settings", Map.of("triggers", triggers)))
                .then().statusCode(200);
    }

    /** A new signing secret for the pool's triggers. */
    public static String rotateSecret(String poolId) {
        return SignedRequests.root().post("/api/v1/user-pools/" + poolId + "/trigger-secret/rotate", null)
                .then().statusCode(200).extract().jsonPath().getString("secret");
    }
}
