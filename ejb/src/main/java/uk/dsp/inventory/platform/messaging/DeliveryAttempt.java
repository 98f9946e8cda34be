package uk.dsp.inventory.platform.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Which attempt at a message this is, of how many the queue allows (system property {@code dsp.jms.max-attempts},
 * the same setting as the queues' {@code max-delivery-attempts}), and the one line an operator reads when it
 * fails: a WARNING while it will be retried, a SEVERE naming the dead-letter queue on the last attempt.
 */
public record DeliveryAttempt(int attempt, Integer maxAttempts) {

    static final String MAX_ATTEMPTS = "dsp.jms.max-attempts";

    public static DeliveryAttempt of(Message message) {
        int attempt;
        try {
            attempt = message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            attempt = 1;
        }
        return new DeliveryAttempt(attempt, Integer.getInteger(MAX_ATTEMPTS));
    }

    public boolean last() {
        return maxAttempts != null && attempt >= maxAttempts;
    }

    /** {@code what} says what was to be delivered and to whom, e.g. "CSP notice of R to P (mail x@y)". */
    public void logFailure(Logger log, String what, Throwable why) {
        String reason = reason(why);
        String of = maxAttempts == null ? "" : " of " + maxAttempts;
        if (last()) {
            log.severe(() -> what + " failed on its last attempt (" + attempt + of
                    + "): moved to the dead-letter queue DLQ" + " and marked FAILED: " + reason);
        } else {
            log.warning(() -> what + " failed on attempt " + attempt + of + ", to be retried: " + reason);
        }
    }

    /**
     * A failed delivery of a message that has a business row: the one line in the log and, on the last attempt, once
     * the rollback has released the row, {@code markFailed} given the reason. The caller then rolls back.
     */
    public void failed(
            Logger log,
            String what,
            Throwable why,
            TransactionSynchronizationRegistry transactions,
            Consumer<String> markFailed) {
        logFailure(log, what, why);
        if (last()) {
            String reason = reason(why);
            AfterCompletion.onRollback(transactions, () -> markFailed.accept(reason));
        }
    }

    /** The innermost cause of a failure, in one line: what an operator needs, without the stack. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
