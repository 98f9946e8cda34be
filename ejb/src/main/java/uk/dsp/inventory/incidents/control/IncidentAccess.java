package uk.dsp.inventory.incidents.control;

import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.incidents.entity.Incident;

/**
 * Who may do what to an incident. Its raiser's and its assignee's staff (role INCIDENTS) and the DCC service
 * desk see it and its install code; nobody else learns that it exists.
 */
public final class IncidentAccess {

    private IncidentAccess() {}

    public static boolean isDesk(PartyMember member) {
        return member.isOperator() && member.may(UserRole.SERVICE_DESK);
    }

    public static boolean isRaiser(PartyMember member, Incident incident) {
        return member.may(UserRole.INCIDENTS) && member.partyId().equals(incident.raisedByParty());
    }

    public static boolean isAssignee(PartyMember member, Incident incident) {
        return member.may(UserRole.INCIDENTS) && member.partyId().equals(incident.assigneeParty());
    }

    public static boolean maySee(PartyMember member, Incident incident) {
        return isDesk(member) || isRaiser(member, incident) || isAssignee(member, incident);
    }
}
