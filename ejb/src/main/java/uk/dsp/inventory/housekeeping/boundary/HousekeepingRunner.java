package uk.dsp.inventory.housekeeping.boundary;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/** Starts housekeeping runs for the timer, the administrator and the server's start, off the caller's thread where it must. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingRunner {

    private static final Logger LOG = Logger.getLogger(HousekeepingRunner.class.getName());

    @EJB
    Housekeeping housekeeping;

    /** The run's ID once it ends; a run already in progress fails the future with {@link HousekeepingBusy}. */
    @Asynchronous
    public Future<Long> launch(String trigger) {
        return new AsyncResult<>(housekeeping.run(trigger));
    }

    /** The timer's run, off the timer's thread, so that the scheduler's checks never wait for a run. */
    @Asynchronous
    public void launchForTimer() {
        try {
            housekeeping.run("TIMER");
        } catch (HousekeepingBusy busy) {
            LOG.info(() -> "Housekeeping timer fired, nothing started here: " + busy.getMessage());
        }
    }

    /** A run whose node died is carried on here; a database that does not answer is left for the next check. */
    @Asynchronous
    public void resumeOrphaned() {
        try {
            housekeeping.resumeOrphaned();
        } catch (RuntimeException e) {
            LOG.fine(() -> "No orphaned housekeeping run taken over now: " + e);
        }
    }

    @Asynchronous
    public void resumeInterrupted() {
        housekeeping.resumeInterrupted();
    }
}
