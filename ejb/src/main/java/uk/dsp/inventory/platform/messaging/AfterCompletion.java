package uk.dsp.inventory.platform.messaging;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs something once the current transaction has ended one way: after a commit, the outbox wakes its relay; after
 * a rollback, when its locks are released, a consumer marks its business row FAILED on the last attempt (its own
 * transaction held that row).
 */
public final class AfterCompletion {

    private AfterCompletion() {}

    public static void onCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        run(transactions, Status.STATUS_COMMITTED, action);
    }

    public static void onRollback(TransactionSynchronizationRegistry transactions, Runnable action) {
        run(transactions, Status.STATUS_ROLLEDBACK, action);
    }

    private static void run(TransactionSynchronizationRegistry transactions, int wanted, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == wanted) {
                    action.run();
                }
            }
        });
    }
}
