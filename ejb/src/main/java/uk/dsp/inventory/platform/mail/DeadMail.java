package uk.dsp.inventory.platform.mail;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import uk.dsp.inventory.platform.messaging.JsonMessages;
import uk.dsp.inventory.platform.messaging.Requeueing;
import uk.dsp.inventory.platform.resources.ServerResources;

/** A dead-lettered mail sent again: its keeper, when it has one, shows it QUEUED again, so that it is sent once. */
@Stateless
@Local(Requeueing.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DeadMail implements Requeueing {

    @Inject
    MailKeepers keepers;

    @Override
    public String destination() {
        return ServerResources.MAIL_QUEUE;
    }

    @Override
    public void requeue(Map<String, String> properties, String body) {
        OutgoingMail mail = JsonMessages.read(body, OutgoingMail.class);
        if (mail.tracking() != null) {
            keepers.named(mail.tracking().keeper()).requeue(mail.tracking().key());
        }
    }

    @Override
    public String describe(Map<String, String> properties, String body) {
        return "Mail: " + JsonMessages.read(body, OutgoingMail.class).described();
    }
}
