package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.dsms.boundary.ReturnsTracking;
import uk.dsp.inventory.dsms.entity.ReturnsRecord;
import uk.dsp.inventory.interfaces.http.ErrorBody;

/**
 * Self-service: a Service User's user (role RETURNS, HTTP Basic) lists the Service Returns Records of the CHs its
 * party returned, one per CH, newest first. It sees its own party's returns and no others.
 */
@Path("v1/returns")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnsTrackingResource {

    @Inject
    ApiMembers members;

    @Context
    HttpServletRequest request;

    @EJB
    ReturnsTracking tracking;

    @GET
    public Response list(
            @QueryParam("deviceId") String deviceId,
            @QueryParam("requestId") String requestId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        PartyMember who = members.of(request);
        if (!who.may(UserRole.RETURNS)) {
            return ErrorBody.response(Response.Status.FORBIDDEN, "your roles include no RETURNS");
        }
        String partyId = who.partyId();
        if (deviceId != null && !Eui64.isValid(deviceId)
                || offset < 0
                || limit < 1
                || limit > ReturnsTracking.MAX_PAGE) {
            return ErrorBody.response(
                    Response.Status.BAD_REQUEST,
                    "deviceId is an EUI-64 such as 00-DB-12-34-56-78-90-A0;" + " offset >= 0; limit from 1 to "
                            + ReturnsTracking.MAX_PAGE);
        }
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (ReturnsRecord record : tracking.returnsOf(
                partyId, deviceId == null ? null : Eui64.parse(deviceId), requestId, offset, limit)) {
            records.add(json(record));
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("partyId", partyId)
                        .add("returns", records)
                        .build())
                .build();
    }

    private static JsonObject json(ReturnsRecord record) {
        return Json.createObjectBuilder()
                .add("deviceId", record.deviceId().toString())
                .add("requestId", record.requestId())
                .add("serviceReferenceVariant", record.serviceReferenceVariant())
                .add("returnType", record.returnType())
                .add("faultReason", record.faultReason() == null ? "" : record.faultReason())
                .add("status", record.status())
                .add("openedAt", record.openedAt().toString())
                .add("dueOn", record.dueOn().toString())
                .build();
    }
}
