package uk.dsp.inventory.incidents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.incidents.entity.Incident;
import uk.dsp.inventory.users.control.MailToParty;

/**
 * Mails about incidents, through the outbox in the step's own transaction. They go to the party's users who work
 * on incidents and have an address, or else to the party's contact address. They carry a link, never a code.
 */
@Dependent
public class IncidentMails {

    @Inject
    MailToParty mails;

    public void toParty(String partyId, Incident incident, String subject, String what) {
        String body = what + "\n\nIncident " + incident.id() + ", 'Request for Install Code' for device "
                + incident.deviceId() + ", raised by " + incident.raisedByParty() + ", assigned to "
                + incident.assigneeParty() + ", due " + incident.dueOn() + ".\n\nOpen it in the DCC Self-Service"
                + " Interface: " + IncidentLinks.of(incident.id()) + "\n\nThe install code is shown only there, to"
                + " those entitled to it.\n";
        mails.send(
                "incident " + incident.id(),
                partyId,
                UserRole.INCIDENTS,
                "Incident " + incident.id() + ": " + subject + " (" + incident.deviceId() + ")",
                body);
    }
}
