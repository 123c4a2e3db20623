package io.gatehouse.account;

import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.kms.EnvelopeCipher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/** Creates further accounts with a root access key for cross-tenant tests, idempotently. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Ensures account {@code accountId} exists with the root access key {@code keyId}/{@code secret}. */
    public static void ensure(AccountStore accounts, EnvelopeCipher cipher, PasswordHasher hasher,
                              String accountId, String keyId, String secret) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.find(accountId).isEmpty()) {
                accounts.insert(new Account(accountId, "test-" + accountId, "root@" + accountId + ".test", Instant.now()),
                        hasher.hash("Other-Passw0rd!"));
                accounts.insertAccessKey(keyId, accountId, "arn:aws:iam::" + accountId + ":root",
                        cipher.seal(secret, AccountService.keyContext(keyId)));
            }
        });
    }
}
