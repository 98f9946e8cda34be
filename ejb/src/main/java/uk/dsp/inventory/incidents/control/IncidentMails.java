package uk.dsp.inventory.incidents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.dsp.inventory.incidents.entity.Incident;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.platform.messaging.Outbox;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Mails about incidents, through the outbox in the step's own transaction. They go to the party's users who work
 * on incidents and have an address, or else to the party's contact address. They carry a link, never a code.
 */
@Dependent
public class IncidentMails {

    private static final Logger LOG = Logger.getLogger(IncidentMails.class.getName());

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    Outbox outbox;

    public void toParty(String partyId, Incident incident, String subject, String what) {
        List<String> to = recipients(partyId);
        if (to.isEmpty()) {
            LOG.warning("Incident " + incident.id() + ": party " + partyId
                    + " has no e-mail address (neither its users nor the registry): not mailed");
            return;
        }
        String body = what + "\n\nIncident " + incident.id() + ", 'Request for Install Code' for device "
                + incident.deviceId() + ", raised by " + incident.raisedByParty() + ", assigned to "
                + incident.assigneeParty() + ", due " + incident.dueOn() + ".\n\nOpen it in the DCC Self-Service"
                + " Interface: " + IncidentLinks.of(incident.id()) + "\n\nThe install code is shown only there, to"
                + " those entitled to it.\n";
        outbox.send(
                ServerResources.INCIDENT_MAIL_QUEUE,
                new IncidentMailNotice(
                        incident.id(),
                        to,
                        "Incident " + incident.id() + ": " + subject + " (" + incident.deviceId() + ")",
                        body),
                Map.of());
    }

    private List<String> recipients(String partyId) {
        List<String> users = new ArrayList<>();
        for (Object email : em.createNativeQuery("select email from party_user where party_id = ?1 and enabled"
                        + " and email is not null and roles like '%INCIDENTS%' order by username")
                .setParameter(1, partyId)
                .getResultList()) {
            users.add(String.valueOf(email));
        }
        if (!users.isEmpty()) {
            return users;
        }
        Party party = em.find(Party.class, partyId);
        return party == null || party.email() == null ? List.of() : List.of(party.email());
    }
}
