package uk.dsp.inventory.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.dsp.inventory.incidents.boundary.IncidentDeadlines;
import uk.dsp.inventory.interfaces.http.JsonOutput;

/** Runs the incidents' hourly deadline check now: reminders of what is due today, reports of what is overdue. */
@Path("admin/incident-deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentDeadlinesResource {

    @EJB
    IncidentDeadlines deadlines;

    @POST
    public JsonObject runNow() {
        int[] counts = deadlines.run();
        return JsonOutput.object()
                .add("remindedDueToday", counts[0])
                .add("reportedOverdue", counts[1])
                .build();
    }
}
