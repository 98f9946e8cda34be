package uk.dsp.inventory.platform.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.Map;
import uk.dsp.inventory.platform.messaging.Outbox;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * The one way the application mails anyone: the mail goes to the outbox in the caller's transaction, and {@link
 * MailConsumer} sends it once that commits. The caller chooses the addresses; the platform knows no party.
 */
@Dependent
public class Mailer {

    @EJB
    Outbox outbox;

    /** {@code properties} label the message for an operator browsing the queues (e.g. the request it is about). */
    public void send(OutgoingMail mail, Map<String, String> properties) {
        outbox.send(ServerResources.MAIL_QUEUE, mail, properties);
    }
}
