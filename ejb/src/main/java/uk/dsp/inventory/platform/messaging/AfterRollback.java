package uk.dsp.inventory.platform.messaging;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs something once the current transaction has rolled back, when its locks are released: a consumer marks its
 * business row FAILED on the last attempt this way, since its own transaction still holds that row.
 */
public final class AfterRollback {

    private AfterRollback() {}

    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_ROLLEDBACK) {
                    action.run();
                }
            }
        });
    }
}
