package uk.dsp.inventory.incidents.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.dsp.inventory.incidents.entity.Incident;

/**
 * An incident as a person sees it. It never holds the install code: that is read on its own, by those entitled,
 * and every reading is recorded.
 */
public record IncidentView(
        long id,
        String deviceId,
        String raisedBy,
        String raisedByUser,
        String assignee,
        String status,
        Instant raisedAt,
        LocalDate dueOn,
        boolean overdue,
        boolean installCodeGiven,
        Instant closedAt,
        String resolution,
        List<Step> history) {

    /** One row of the history. */
    public record Step(Instant at, String username, String partyId, String kind, String text) {}

    /** An incident as it is shown on a given day, which decides whether it is overdue. */
    public static IncidentView of(Incident incident, LocalDate today, List<Step> history) {
        return new IncidentView(
                incident.id(),
                incident.deviceId().toString(),
                incident.raisedByParty(),
                incident.raisedByUser(),
                incident.assigneeParty(),
                incident.status().name(),
                incident.raisedAt(),
                incident.dueOn(),
                incident.overdueOn(today),
                incident.sealedInstallCode() != null,
                incident.closedAt(),
                incident.resolution(),
                history);
    }
}
