package io.gatehouse.userpool.signin;

import io.gatehouse.core.ConcurrencyLimit;
import io.gatehouse.crypto.CpuBulkhead;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Lets a bounded number of password-hashing sign-ins into their transactions at once; the others
 * wait before their transaction starts, holding no database connection. A password sign-in's
 * transaction reads the user, then waits its turn in the {@link CpuBulkhead} and hashes for tens
 * of milliseconds with its connection held: under a burst of sign-ins every pooled connection sat
 * in that queue, and the requests behind them failed on the pool's acquisition timeout. Twice the
 * bulkhead's permits keeps the hashing cores busy while the admitted sign-ins also do their
 * database work.
 */
@ApplicationScoped
public class HashingAdmission {

    private final ConcurrencyLimit limit;

    public HashingAdmission(CpuBulkhead bulkhead) {
        this.limit = new ConcurrencyLimit(2 * bulkhead.permits());
    }

    public <T> T admit(Supplier<T> work) {
        return limit.run(work);
    }
}
