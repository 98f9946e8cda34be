package uk.dsp.inventory.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import uk.dsp.inventory.alerts.boundary.DccAlerts;
import uk.dsp.inventory.alerts.entity.DccAlert;
import uk.dsp.inventory.interfaces.http.JsonOutput;

/**
 * The administrator's view of DCC alerts: ?status=UNDELIVERABLE shows the Service Users without an endpoint,
 * ?status=FAILED the alerts whose every delivery attempt failed (their messages are in the DLQ).
 */
@Path("admin/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class DccAlertsResource {

    private static final Set<String> STATUSES = Set.of("NEW", "QUEUED", "DELIVERED", "UNDELIVERABLE", "FAILED");

    @EJB
    DccAlerts alerts;

    @GET
    public JsonObject list(
            @QueryParam("status") String status,
            @QueryParam("partyId") String partyId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        AdminLists.checkFilters(status, STATUSES, "partyId", partyId);
        JsonArrayBuilder list = JsonOutput.array();
        for (DccAlert alert : alerts.list(status, partyId, AdminLists.limit(limit))) {
            JsonObjectBuilder json = JsonOutput.object()
                    .add("alertId", alert.alertId())
                    .add("alertCode", alert.alertCode())
                    .add("deviceId", alert.deviceId().toString())
                    .add("partyId", alert.partyId())
                    .add("status", alert.status())
                    .add("createdAt", alert.createdAt().toString());
            if (alert.runId() != null) {
                json.add("runId", alert.runId());
            }
            if (alert.deliveredAt() != null) {
                json.add("deliveredAt", alert.deliveredAt().toString());
            }
            if (alert.failure() != null) {
                json.add("failure", alert.failure());
            }
            list.add(json);
        }
        return JsonOutput.object().add("alerts", list).build();
    }
}
