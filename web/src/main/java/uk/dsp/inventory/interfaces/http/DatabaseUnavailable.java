package uk.dsp.inventory.interfaces.http;

import java.sql.SQLException;

/**
 * Whether a failure is the database being out of reach (stopped, restarting, unreachable, or the pool exhausted
 * waiting for it), rather than a fault of ours: the caller is told to retry, with 503, and nothing was changed.
 */
public final class DatabaseUnavailable {

    public static final String REASON = "the database is unavailable; nothing was changed; retry later";
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            // IronJacamar: no connection could be made (IJ000453), or none came free within the blocking timeout
            // (IJ000655)
            if (cause.getClass().getName().equals("jakarta.resource.ResourceException")
                    && (message.startsWith("IJ000453") || message.startsWith("IJ000655"))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shutting down or starting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
