package io.gatehouse.mail;

import io.gatehouse.testing.SignedRequests;
import java.util.Map;
import java.util.UUID;

/** Object mother of the mail tests: messages carrying a code, and fresh pools to send them for. */
public final class TestMail {

    public static final String RECIPIENT = "alice@example.com";

    private TestMail() {
    }

    /** A verification-code message of the bootstrap account; the code is in both bodies. */
    public static OutgoingMail code(String poolId, String subject, String code) {
        return new OutgoingMail(SignedRequests.ACCOUNT_ID, poolId, RECIPIENT, subject, "Your verification code is " + code,
                null, "signup.confirm");
    }

    /** As {@link #code} with an HTML alternative. */
    public static OutgoingMail codeWithHtml(String poolId, String subject, String code) {
        return new OutgoingMail(SignedRequests.ACCOUNT_ID, poolId, RECIPIENT, subject, "Your verification code is " + code,
                "<p>Your verification code is <b>" + code + "</b></p>", "signup.confirm");
    }

    /** Creates a pool in the bootstrap account over the API and returns its id. */
    public static String createPool() {
        return SignedRequests.root().post("/api/v1/user-pools", Map.of("name", "mail-" + UUID.randomUUID().toString().substring(0, 8)))
                .then().statusCode(201).extract().path("id");
    }

    public static String outbox(String poolId) {
        return "/api/v1/user-pools/" + poolId + "/outbox";
    }
}
