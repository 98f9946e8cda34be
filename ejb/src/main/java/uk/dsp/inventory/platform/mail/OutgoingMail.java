package uk.dsp.inventory.platform.mail;

import java.util.List;
import java.util.UUID;

/**
 * A mail as queued: composed in the transaction of the step it tells of, sent after that commits. {@code about} says
 * what it is for the log ("CSP notice of R to P"); {@code messageId} is chosen then too, so that every attempt to send
 * it is the same message. {@code tracking}, when not null, names the capability that keeps its delivery state. Never a
 * secret.
 */
public record OutgoingMail(
        String about, String messageId, List<String> to, String subject, String body, Tracking tracking) {

    /** Which {@link MailStates} keeps this mail's state, and the key of its row there. */
    public record Tracking(String keeper, String key) {}

    /** A mail whose delivery is only logged, with a Message-ID of its own. */
    public static OutgoingMail untracked(String about, List<String> to, String subject, String body) {
        return new OutgoingMail(about, newMessageId(), to, subject, body, null);
    }

    /** A mail with a Message-ID of its own, by which {@code keeper} keeps its delivery state. */
    public static OutgoingMail trackedById(String about, List<String> to, String subject, String body, String keeper) {
        String messageId = newMessageId();
        return new OutgoingMail(about, messageId, to, subject, body, new Tracking(keeper, messageId));
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@dsp-inventory>";
    }

    /** What the log names when a delivery fails: what it is, and to whom. */
    String described() {
        return about + " <" + String.join(", ", to) + ">";
    }
}
