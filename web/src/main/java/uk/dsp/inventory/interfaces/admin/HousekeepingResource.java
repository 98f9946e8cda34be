package uk.dsp.inventory.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.dsp.inventory.housekeeping.boundary.Housekeeping;
import uk.dsp.inventory.housekeeping.boundary.HousekeepingBusy;
import uk.dsp.inventory.housekeeping.boundary.HousekeepingRunner;
import uk.dsp.inventory.housekeeping.control.InvalidHousekeepingSettings;
import uk.dsp.inventory.housekeeping.entity.HousekeepingRun;
import uk.dsp.inventory.interfaces.http.ErrorBody;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * The administrator's housekeeping: run now (or dry-run: what would go, by type, nothing deleted) and the
 * record of past runs. Under /api/admin, so only the role admin reaches it.
 */
@Path("admin/housekeeping")
@Produces(MediaType.APPLICATION_JSON)
public class HousekeepingResource {

    private static final long WAIT_SECONDS = 20;

    @EJB
    Housekeeping housekeeping;

    @EJB
    HousekeepingRunner runner;

    /** A run short enough answers 200 with its record; a longer one 202, and its record appears in GET runs. */
    @POST
    @Path("runs")
    public Response run(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun) throws InterruptedException {
        if (dryRun) {
            try {
                return Response.ok(dueCounts(housekeeping.dryRun())).build();
            } catch (InvalidHousekeepingSettings invalid) {
                return ErrorBody.response(Response.Status.CONFLICT, invalid.getMessage());
            }
        }
        Future<Long> run = runner.launch("ADMIN");
        try {
            long runId = run.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return Response.ok(json(housekeeping.runs(1000).stream()
                            .filter(r -> r.runId() == runId)
                            .findFirst()
                            .orElseThrow()))
                    .build();
        } catch (TimeoutException stillRunning) {
            return Response.accepted(
                            JsonOutput.object().add("status", "RUNNING").build())
                    .build();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HousekeepingBusy) {
                return ErrorBody.response(Response.Status.CONFLICT, "a housekeeping run is in progress");
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @GET
    @Path("runs")
    public JsonObject runs(@QueryParam("limit") @DefaultValue("20") int limit) {
        JsonArrayBuilder runs = JsonOutput.array();
        housekeeping.runs(AdminLists.limit(limit)).forEach(run -> runs.add(json(run)));
        return JsonOutput.object().add("runs", runs).build();
    }

    private JsonObject json(HousekeepingRun run) {
        JsonObjectBuilder counts = JsonOutput.object();
        housekeeping.countsOf(run.runId()).forEach((type, count) -> counts.add(type.name(), count));
        JsonObjectBuilder json = JsonOutput.object()
                .add("runId", run.runId())
                .add("trigger", run.trigger())
                .add("status", run.status())
                .add("settings", run.settings())
                .add("startedAt", run.startedAt().toString())
                .add("deleted", run.deleted())
                .add("deletedByType", counts)
                .add("alertsRaised", run.alertsRaised())
                .add("undeliverableAlerts", run.undeliverable())
                .add("chunks", run.chunks());
        if (run.endedAt() != null) {
            json.add("endedAt", run.endedAt().toString());
        }
        if (run.problem() != null) {
            json.add("problem", run.problem());
        }
        return json.build();
    }

    private static JsonObject dueCounts(Map<DeviceType, Long> due) {
        JsonObjectBuilder byType = JsonOutput.object();
        due.forEach((type, count) -> byType.add(type.name(), count));
        return JsonOutput.object()
                .add("dryRun", true)
                .add(
                        "wouldDelete",
                        due.values().stream().mapToLong(Long::longValue).sum())
                .add("byType", byType)
                .build();
    }
}
