package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.http.ErrorBody;
import uk.dsp.inventory.returns.boundary.ReturnsReceipts;
import uk.dsp.inventory.returns.boundary.ReturnsTracking;
import uk.dsp.inventory.returns.control.ReturnsFilter;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/**
 * Self-service for a CSP's staff (role WORK_ORDERS, HTTP Basic), or its gateway's systems signed in as such a user:
 * the returns records of its region's CHs, newest first by keyset, and the two steps, one CH at a time:
 * {@code POST {recordId}/received} when the CH arrives, then {@code POST {recordId}/closed}.
 */
@Path("v1/csp-returns")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnsReceiptsResource {

    private static final PageLimit PAGE = new PageLimit(ReturnsTracking.MAX_PAGE);

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    ReturnsReceipts receipts;

    @GET
    public JsonObject list(
            @QueryParam("deviceId") String deviceId,
            @QueryParam("status") String status,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (deviceId != null && !Eui64.isValid(deviceId)
                || status != null && !status.matches("OPEN|RECEIVED|CLOSED")
                || !PAGE.allows(limit)) {
            throw Refused.invalid("deviceId is an EUI-64 such as 00-DB-12-34-56-78-90-A0; status is OPEN, RECEIVED or"
                    + " CLOSED; limit " + PAGE.range());
        }
        List<ReturnsRecord> page = receipts.page(
                signIn.member(request),
                new ReturnsFilter(
                        deviceId == null ? null : Eui64.parse(deviceId), null, status, null, null, before, limit));
        return ReturnsJson.page(page, limit, "nextBefore").build();
    }

    @POST
    @Path("{recordId}/received")
    public Response received(@PathParam("recordId") long recordId) {
        return step(() -> receipts.receive(signIn.member(request), recordId));
    }

    @POST
    @Path("{recordId}/closed")
    public Response closed(@PathParam("recordId") long recordId) {
        return step(() -> receipts.close(signIn.member(request), recordId));
    }

    /**
     * A step is posted as JSON, and only as JSON: a page of another site can post a form, text or nothing at all
     * with a browser's saved Basic login, but not application/json without asking first (CORS).
     */
    private Response step(Supplier<ReturnsRecord> step) {
        if (!isJson(request.getContentType())) {
            return ErrorBody.response(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE, "a step is posted with Content-Type application/json");
        }
        return Response.ok(ReturnsJson.of(step.get())).build();
    }

    private static boolean isJson(String type) {
        try {
            return type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(MediaType.valueOf(type));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
