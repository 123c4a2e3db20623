package io.gatehouse.account;

import java.time.Instant;

/** An account: the tenant boundary. Every pool and key belongs to exactly one. */
public record Account(String id, String name, String rootEmail, Instant createdAt) {

    public String rootArn() {
        return "arn:aws:iam::" + id + ":root";
    }
}
