package uk.dsp.inventory.platform.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink's own retry of a read that lost its connection is off: by default it tries again with 5 s between tries,
 * holding the request's thread for about 10 s while the database is away, where every interface should answer 503 at
 * once and the caller retry later. The pool validates connections before use, so a read after an outage gets a live
 * connection without EclipseLink's help.
 */
public final class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
