package uk.dsp.inventory.dsms.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.logging.Logger;
import uk.dsp.inventory.dsms.control.CspReturnMail;
import uk.dsp.inventory.dsms.control.CspReturnNotice;
import uk.dsp.inventory.platform.messaging.JsonMessages;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Mails a CSP the list of its CHs that one request returned, through the server's mail session. A CSP already
 * told of that request is not mailed again; a mail server that refuses makes the broker retry, then dead-letter.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = ServerResources.NOTIFICATIONS_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class CspReturnNotificationConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CspReturnNotificationConsumer.class.getName());

    @Resource(lookup = ServerResources.MAIL_SESSION)
    Session mailSession;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final CspReturnMail mail = new CspReturnMail();

    @Override
    public void onMessage(Message message) {
        try {
            CspReturnNotice notice = JsonMessages.read(message.getBody(String.class), CspReturnNotice.class);
            if (notice.cspEmail() == null) {
                LOG.warning(() -> "CSP " + notice.cspPartyId() + " has no email address: not told of the returns of "
                        + notice.requestId());
                return;
            }
            int recorded = em.createNativeQuery("""
                            insert into csp_return_notification (request_id, csp_party_id, device_count, sent_at)
                            values (?1, ?2, ?3, ?4) on conflict do nothing""")
                    .setParameter(1, notice.requestId())
                    .setParameter(2, notice.cspPartyId())
                    .setParameter(3, notice.chfDeviceIds().size())
                    .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            if (recorded == 0) {
                return; // told already: this is a redelivery
            }
            Transport.send(mail.compose(mailSession, notice, new Date()));
        } catch (JMSException | MessagingException e) {
            throw new IllegalStateException("cannot mail the CSP of a returns request", e);
        }
    }
}
