package uk.dsp.inventory.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Date;
import java.util.logging.Logger;
import uk.dsp.inventory.platform.messaging.DeliveryAttempt;
import uk.dsp.inventory.platform.messaging.JsonMessages;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Sends the mails to parties' people (incidents, re-flashes) through the server's mail session. A mail server that refuses makes the broker
 * retry with back-off; after the last attempt the message is in the DLQ and the failure in the log.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = ServerResources.PARTY_MAIL_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class PartyMailConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PartyMailConsumer.class.getName());

    @Resource(lookup = ServerResources.MAIL_SESSION)
    Session mailSession;

    @Resource
    MessageDrivenContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public void onMessage(Message message) {
        PartyMail notice = null;
        try {
            notice = JsonMessages.read(message.getBody(String.class), PartyMail.class);
            MimeMessage mail = new StableMessage(mailSession, notice.messageId());
            mail.setRecipients(
                    jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(String.join(",", notice.to()), true));
            mail.setSubject(notice.subject(), "UTF-8");
            mail.setSentDate(new Date());
            mail.setText(notice.body(), "UTF-8");
            Transport.send(mail);
        } catch (JMSException | MessagingException | RuntimeException e) {
            String what = notice == null ? "A party mail" : "The mail about " + notice.about() + " to " + notice.to();
            DeliveryAttempt.of(message).failed(LOG, what, e, transactions, reason -> {});
            context.setRollbackOnly();
        }
    }
}
