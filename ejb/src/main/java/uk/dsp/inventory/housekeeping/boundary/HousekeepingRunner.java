package uk.dsp.inventory.housekeeping.boundary;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Future;

/** Starts housekeeping runs for the timer, the administrator and the server's start, off the caller's thread where it must. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingRunner {

    @EJB
    Housekeeping housekeeping;

    public long runNow(String trigger) {
        return housekeeping.run(trigger);
    }

    /** The run's ID once it ends; a run already in progress fails the future with ConcurrentAccessException. */
    @Asynchronous
    public Future<Long> launch(String trigger) {
        return new AsyncResult<>(housekeeping.run(trigger));
    }

    @Asynchronous
    public void resumeInterrupted() {
        housekeeping.resumeInterrupted();
    }
}
