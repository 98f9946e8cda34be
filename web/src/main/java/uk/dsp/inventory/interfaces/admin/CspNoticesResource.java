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
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.returns.boundary.CspNotices;
import uk.dsp.inventory.returns.control.CspNoticeRecords;

/**
 * The administrator's view of the CSPs' notices of returns: ?status=FAILED shows those that every attempt failed
 * to mail (their messages are in the DLQ), with the reason; QUEUED and SENT the others.
 */
@Path("admin/csp-notices")
@Produces(MediaType.APPLICATION_JSON)
public class CspNoticesResource {

    private static final Set<String> STATUSES = Set.of("QUEUED", "SENT", "FAILED");

    @EJB
    CspNotices notices;

    @GET
    public JsonObject list(
            @QueryParam("status") String status,
            @QueryParam("cspPartyId") String cspPartyId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        AdminLists.checkFilters(status, STATUSES, "cspPartyId", cspPartyId);
        JsonArrayBuilder list = JsonOutput.array();
        for (CspNoticeRecords.Notice notice : notices.list(status, cspPartyId, AdminLists.limit(limit))) {
            JsonObjectBuilder json = JsonOutput.object()
                    .add("requestId", notice.requestId())
                    .add("cspPartyId", notice.cspPartyId())
                    .add("deviceCount", notice.deviceCount())
                    .add("status", notice.status());
            add(json, "email", notice.email());
            add(json, "queuedAt", notice.queuedAt());
            add(json, "sentAt", notice.sentAt());
            add(json, "failure", notice.failure());
            list.add(json);
        }
        return JsonOutput.object().add("notices", list).build();
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
