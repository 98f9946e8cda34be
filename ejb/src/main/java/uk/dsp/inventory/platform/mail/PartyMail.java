package uk.dsp.inventory.platform.mail;

import java.util.List;
import java.util.UUID;

/**
 * A mail to a party's people, composed in the transaction of the step it tells of and sent after that commits.
 * {@code about} names the step's subject (an incident, a re-flash request) for the log; {@code messageId} is chosen
 * then too, so that every attempt to send it is the same message. Never a secret.
 */
public record PartyMail(String about, String messageId, List<String> to, String subject, String body) {

    public static PartyMail composed(String about, List<String> to, String subject, String body) {
        return new PartyMail(about, "<" + UUID.randomUUID() + "@dsp-inventory>", to, subject, body);
    }
}
