package uk.dsp.inventory.alerts.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import uk.dsp.inventory.alerts.control.N8Alert;
import uk.dsp.inventory.alerts.entity.DccAlert;
import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.duis.boundary.DspSigningKey;
import uk.dsp.inventory.duis.control.DuisXmlWriter;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.platform.messaging.ConsumedMessages;
import uk.dsp.inventory.platform.messaging.MessagePostponement;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Delivers one DCC alert: the signed N8 document POSTed to the Service User's registered alert endpoint,
 * which accepts it with a 2xx (DUIS: 204). Anything else rolls back, and the broker retries; after the last attempt
 * the alert is FAILED and the message goes to the DLQ.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ServerResources.ALERTS_QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            // slow users' endpoints must not take every delivery thread from the DSMS and mail consumers
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "5")
        })
public class DccAlertConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DccAlertConsumer.class.getName());

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @EJB
    DspSigningKey signingKey;

    @Resource
    MessageDrivenContext context;

    @EJB
    DccAlerts alerts;

    @EJB
    MessagePostponement postponement;

    @EJB
    ConsumedMessages consumed;

    @Override
    public void onMessage(Message message) {
        long alertId = 0;
        String endpoint = null;
        try {
            if (postponement.whileDatabaseDown(message) || !consumed.firstDelivery(message)) {
                return;
            }
            alertId = Long.parseLong(message.getBody(String.class));
            DccAlert alert = em.find(DccAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
            if (alert == null || !"QUEUED".equals(alert.status())) {
                return; // delivered already: a redelivery
            }
            Party party = em.find(Party.class, alert.partyId());
            endpoint = party.alertEndpoint();
            if (endpoint == null) {
                alert.undeliverable();
                return;
            }
            Document n8 = N8Alert.document(
                    DspParty.id(), alert.partyId(), alert.alertId(), alert.deviceId(), alert.createdAt());
            signingKey.sign(n8);
            post(endpoint, DuisXmlWriter.write(n8));
            alert.delivered(Instant.now());
        } catch (JMSException | RuntimeException e) {
            long failed = alertId;
            consumed.failed(
                    message,
                    LOG,
                    "DCC alert " + alertId + " to " + endpoint,
                    e,
                    reason -> alerts.markFailed(failed, reason));
            context.setRollbackOnly();
        }
    }

    private static void post(String endpoint, byte[] document) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document))
                .build();
        try {
            int status =
                    HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("the endpoint answered HTTP " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the endpoint is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
