package io.gatehouse.account;

import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/** Object mother of further accounts for tenant-isolation checks in {@code @GatehouseTest}s of any package. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates the account and its root access key unless the account exists; signs as that root user. */
    public static SignedRequests root(String accountId, String accessKeyId, String secretAccessKey) {
        AccountStore accounts = Arc.container().instance(AccountStore.class).get();
        EnvelopeCipher cipher = Arc.container().instance(EnvelopeCipher.class).get();
        PasswordHasher hasher = Arc.container().instance(PasswordHasher.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.find(accountId).isEmpty()) {
                accounts.insert(new Account(accountId, "test-" + accountId, "root@" + accountId + ".test", Instant.now()),
                        hasher.hash("Other-Passw0rd!"));
                accounts.insertAccessKey(accessKeyId, accountId, "arn:aws:iam::" + accountId + ":root",
                        cipher.seal(secretAccessKey, AccountService.keyContext(accessKeyId)));
            }
        });
        return SignedRequests.as(accessKeyId, secretAccessKey);
    }
}
