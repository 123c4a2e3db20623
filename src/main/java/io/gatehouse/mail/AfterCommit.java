package io.gatehouse.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;

/**
 * Runs an action once the caller's transaction has committed, or at once when there is none.
 * An action of a transaction that rolls back never runs, so no e-mail ever carries a code the
 * database forgot.
 *
 * @see <a href="https://jakarta.ee/specifications/transactions/2.0/apidocs/jakarta/transaction/transactionsynchronizationregistry">TransactionSynchronizationRegistry</a>
 */
@ApplicationScoped
class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;

    AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** True when the calling thread is inside a transaction, so {@link #run} defers its action. */
    boolean inTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /**
     * Runs the action now outside a transaction, after the commit of an active one, and never
     * for a transaction that can no longer commit (marked for rollback or ending).
     */
    void run(Runnable action) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            action.run();
        } else if (status == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(onCommit(action));
        }
    }

    private static Synchronization onCommit(Runnable action) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the action only runs after a successful commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        };
    }
}
