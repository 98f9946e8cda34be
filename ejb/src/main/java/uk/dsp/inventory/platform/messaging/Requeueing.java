package uk.dsp.inventory.platform.messaging;

import java.util.Map;

/**
 * A capability whose messages on one queue carry a state its users see (QUEUED, FAILED), implemented by a session bean
 * with this local view: it says what a dead-lettered message of that queue is, and puts its state back to QUEUED when
 * a person sends it again, in the resend's transaction. A queue without one is described by its message's properties.
 */
public interface Requeueing {

    /** The queue's JNDI name, as the outbox row names it. */
    String destination();

    void requeue(Map<String, String> properties, String body);

    /** What the message is, in one line, for the person deciding to send it again. */
    String describe(Map<String, String> properties, String body);
}
