package io.gatehouse.account;

import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/** Object mother of further accounts with a root access key, for tenant-isolation checks in any package. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates the account and its root access key unless the account exists; signs as that root user. */
    public static SignedRequests root(String accountId, String accessKeyId, String secretAccessKey) {
        ensure(Arc.container().instance(AccountStore.class).get(), Arc.container().instance(EnvelopeCipher.class).get(),
                Arc.container().instance(PasswordHasher.class).get(), accountId, accessKeyId, secretAccessKey);
        return SignedRequests.as(accessKeyId, secretAccessKey);
    }

    /**
     * Ensures account {@code accountId} exists and has the root access key {@code keyId}/{@code secret},
     * whichever test created the account first (tests share one database per run).
     */
    public static void ensure(AccountStore accounts, EnvelopeCipher cipher, PasswordHasher hasher,
                              String accountId, String keyId, String secret) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.find(accountId).isEmpty()) {
                accounts.insert(new Account(accountId, "test-" + accountId, "root@" + accountId + ".test", Instant.now()),
                        hasher.hash("Other-Passw0rd!"));
            }
            if (accounts.findAccessKey(keyId).isEmpty()) {
                accounts.insertAccessKey(keyId, accountId, "arn:aws:iam::" + accountId + ":root",
                        cipher.seal(secret, AccountService.keyContext(keyId)));
            }
        });
    }
}
