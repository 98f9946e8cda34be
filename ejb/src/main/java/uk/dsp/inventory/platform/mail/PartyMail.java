package uk.dsp.inventory.platform.mail;

import java.util.List;

/**
 * A mail to a party's people, composed in the transaction of the step it tells of and sent after that commits.
 * {@code about} names the step's subject (an incident, a re-flash request) for the log. Never a secret.
 */
public record PartyMail(String about, List<String> to, String subject, String body) {}
