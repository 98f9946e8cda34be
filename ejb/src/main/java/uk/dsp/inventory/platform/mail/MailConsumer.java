package uk.dsp.inventory.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.logging.Logger;
import uk.dsp.inventory.platform.messaging.ConsumedMessages;
import uk.dsp.inventory.platform.messaging.JsonMessages;
import uk.dsp.inventory.platform.messaging.MessagePostponement;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Sends every mail (CSP returns notices, incidents, re-flashes) through the server's mail session, once: a copy of
 * a mail already sent finds its outbox row gone, and a tracked mail is sent only if its keeper says this delivery is
 * the one. It waits while the database is down. A mail server that refuses makes the broker retry with back-off, one WARNING
 * line an attempt; after the last one the message is in the DLQ, the log says so once, and a tracked mail is FAILED.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ServerResources.MAIL_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class MailConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailConsumer.class.getName());

    @Resource(lookup = ServerResources.MAIL_SESSION)
    Session mailSession;

    @Resource
    MessageDrivenContext context;

    @EJB
    MessagePostponement postponement;

    @EJB
    ConsumedMessages consumed;

    @Inject
    MailKeepers keepers;

    @Override
    public void onMessage(Message message) {
        OutgoingMail mail = null;
        MailStates states = null;
        try {
            mail = JsonMessages.read(message.getBody(String.class), OutgoingMail.class);
            states = mail.tracking() == null
                    ? null
                    : keepers.named(mail.tracking().keeper());
            if (postponement.whileDatabaseDown(message) || !consumed.firstDelivery(message)) {
                return;
            }
            if (states != null && !states.startSending(mail.tracking().key())) {
                return; // sent already, or failed for good: a redelivery
            }
            Transport.send(compose(mail));
        } catch (JMSException | MessagingException | RuntimeException e) {
            String what = mail == null ? "A mail" : mail.described();
            OutgoingMail.Tracking tracking = mail == null ? null : mail.tracking();
            MailStates failedStates = states;
            consumed.failed(message, LOG, what, e, reason -> {
                if (failedStates != null) {
                    failedStates.markFailed(tracking.key(), reason);
                }
            });
            context.setRollbackOnly();
        }
    }

    private MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage mime = new StableMessage(mailSession, mail.messageId());
        mime.setRecipients(
                jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(String.join(",", mail.to()), true));
        mime.setSubject(mail.subject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setText(mail.body(), "UTF-8");
        return mime;
    }
}
