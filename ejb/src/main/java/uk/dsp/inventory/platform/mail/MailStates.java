package uk.dsp.inventory.platform.mail;

/**
 * A capability that keeps the delivery states of some of its mails where its users look for them (QUEUED, SENT,
 * FAILED), implemented by a session bean with this local view. The mail consumer asks it before it sends, in the
 * delivery's transaction, so that a redelivered mail is sent once, and tells it when the last attempt failed.
 */
public interface MailStates {

    /** The name that {@link OutgoingMail.Tracking#keeper()} gives. */
    String keeper();

    /** In the delivery's transaction: true when this delivery is the one to send it (it was QUEUED), now SENT. */
    boolean startSending(String key);

    /** In a transaction of its own, after the last attempt rolled back: FAILED, with the reason. */
    void markFailed(String key, String reason);

    /** In the resend's transaction: a FAILED mail that a person sends again is QUEUED once more. */
    void requeue(String key);

    /** How many of its mails are FAILED now, each waiting for a person (a partial index keeps this cheap). */
    long failed();
}
