package uk.dsp.inventory.incidents.control;

import java.time.LocalDate;
import java.util.List;
import uk.dsp.inventory.incidents.entity.Incident;

/** An incident as it is shown, on a given day (which decides whether it is overdue). */
public final class IncidentViews {

    private IncidentViews() {}

    public static IncidentView of(Incident incident, LocalDate today, List<IncidentView.Step> history) {
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
