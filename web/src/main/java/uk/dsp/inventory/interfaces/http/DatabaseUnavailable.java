package uk.dsp.inventory.interfaces.http;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure is the database being out of reach (stopped, restarting, unreachable, or the pool exhausted
 * waiting for it), rather than a fault of ours: the caller is told to retry, with 503, and nothing was changed.
 */
public final class DatabaseUnavailable {

    public static final String REASON = "the database is unavailable; nothing was changed; retry later";
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseUnavailable() {}

    /**
     * Looks through the causes and the suppressed exceptions: a commit the database broke off arrives as the
     * transaction manager's RollbackException, with the driver's exception suppressed in it, not as its cause.
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return true;
        }
        String message = String.valueOf(failure.getMessage());
        // IronJacamar: no connection could be made (IJ000453), or none came free within the blocking timeout (IJ000655)
        if (failure.getClass().getName().equals("jakarta.resource.ResourceException")
                && (message.startsWith("IJ000453") || message.startsWith("IJ000655"))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        return causedBy(failure.getCause(), seen);
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shutting down or starting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
