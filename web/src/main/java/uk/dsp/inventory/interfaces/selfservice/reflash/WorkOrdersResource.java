package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.http.JsonBodies;
import uk.dsp.inventory.interfaces.selfservice.ApiSignIn;
import uk.dsp.inventory.reflash.boundary.WorkOrders;
import uk.dsp.inventory.reflash.entity.WorkOrder;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;

/**
 * A CSP's DSMS work orders, for its staff (WORK_ORDERS) or its gateway's systems signed in as such a user: {@code
 * GET} lists and shows them; each CH's arrival ({@code POST {id}/chs/{deviceId}/receipt}, {@code
 * {"accepted":true|false,"reason":...}}) and result ({@code .../result}, {@code {"success":true|false,"reason":...}});
 * then the order's {@code POST {id}/dispatch} and {@code POST {id}/delivery} (body {@code {}}).
 */
@Path("v1/work-orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WorkOrdersResource {

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    WorkOrders orders;

    @GET
    public JsonObject list(
            @QueryParam("status") String status,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (status != null && !status.matches("OPEN|DISPATCHED|DELIVERED")
                || !ReflashRequestsResource.PAGE.allows(limit)) {
            throw Refused.invalid(
                    "status is OPEN, DISPATCHED or DELIVERED; limit " + ReflashRequestsResource.PAGE.range());
        }
        List<WorkOrder> page = orders.page(
                signIn.member(request), status == null ? null : WorkOrderStatus.valueOf(status), before, limit);
        return ReflashJson.page(
                "workOrders", page, limit, o -> ReflashJson.workOrder(o).build(), WorkOrder::id);
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        return ReflashJson.workOrderDetails(orders.details(signIn.member(request), id));
    }

    @POST
    @Path("{id}/chs/{deviceId}/receipt")
    public JsonObject receipt(@PathParam("id") long id, @PathParam("deviceId") String deviceId, String body) {
        PartyMember who = signIn.member(request);
        JsonObject json = JsonBodies.object(body);
        return ReflashJson.item(orders.receive(
                who, id, chf(deviceId), JsonBodies.bool(json, "accepted"), JsonBodies.string(json, "reason")));
    }

    @POST
    @Path("{id}/chs/{deviceId}/result")
    public JsonObject result(@PathParam("id") long id, @PathParam("deviceId") String deviceId, String body) {
        PartyMember who = signIn.member(request);
        JsonObject json = JsonBodies.object(body);
        return ReflashJson.item(orders.result(
                who, id, chf(deviceId), JsonBodies.bool(json, "success"), JsonBodies.string(json, "reason")));
    }

    @POST
    @Path("{id}/dispatch")
    public JsonObject dispatch(@PathParam("id") long id, String body) {
        PartyMember who = signIn.member(request);
        JsonBodies.object(body);
        orders.dispatch(who, id);
        return ReflashJson.workOrderDetails(orders.details(who, id));
    }

    @POST
    @Path("{id}/delivery")
    public JsonObject delivery(@PathParam("id") long id, String body) {
        PartyMember who = signIn.member(request);
        JsonBodies.object(body);
        orders.deliver(who, id);
        return ReflashJson.workOrderDetails(orders.details(who, id));
    }

    private static Eui64 chf(String deviceId) {
        return Eui64.typed(deviceId)
                .orElseThrow(() -> Refused.invalid("a CHF Device ID is an EUI-64 such as " + Eui64.EXAMPLE));
    }
}
