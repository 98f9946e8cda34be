package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.http.JsonBodies;
import uk.dsp.inventory.interfaces.selfservice.ApiSignIn;
import uk.dsp.inventory.interfaces.selfservice.PageLimit;
import uk.dsp.inventory.reflash.boundary.ReflashDecisions;
import uk.dsp.inventory.reflash.boundary.ReflashRequests;
import uk.dsp.inventory.reflash.entity.RequestStatus;

/**
 * Re-flash requests: {@code POST} makes one ({@code {"deviceIds":[...],"redelivery":{...}}}, 201 with the CHs
 * accepted and refused, or 422 when none passed and nothing was recorded); {@code GET} lists and shows them; {@code
 * PUT {id}/redelivery} amends where they go back; DCC Logistics {@code POST {id}/decision} accepts or rejects.
 */
@Path("v1/reflash-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReflashRequestsResource {

    /** Of requests, and of work orders too. */
    static final PageLimit PAGE = new PageLimit(200);

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    ReflashRequests requests;

    @EJB
    ReflashDecisions decisions;

    @POST
    public Response make(String body, @Context UriInfo uri) {
        PartyMember who = signIn.member(request); // who before what: an anonymous caller gets 401, not 400
        JsonObject json = JsonBodies.object(body);
        ReflashRequests.Outcome outcome = requests.request(
                who,
                JsonBodies.strings(json, "deviceIds"),
                ReflashJson.redelivery(JsonBodies.member(json, "redelivery")));
        if (outcome.request() == null) {
            return Response.status(422).entity(ReflashJson.outcome(outcome)).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(outcome.request().id()))
                        .build())
                .entity(ReflashJson.outcome(outcome))
                .build();
    }

    @GET
    public JsonObject list(
            @QueryParam("status") String status,
            @QueryParam("partyId") String partyId,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (status != null && !status.matches("REQUESTED|ACCEPTED|REJECTED|COMPLETED") || !PAGE.allows(limit)) {
            throw Refused.invalid("status is REQUESTED, ACCEPTED, REJECTED or COMPLETED; limit " + PAGE.range());
        }
        List<ReflashRequests.Listed> page = requests.page(
                signIn.member(request), partyId, status == null ? null : RequestStatus.valueOf(status), before, limit);
        return ReflashJson.page(
                "requests",
                page,
                limit,
                listed -> ReflashJson.request(listed.request())
                        .add("commsHubs", listed.commsHubs())
                        .build(),
                listed -> listed.request().id());
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        return ReflashJson.details(requests.details(signIn.member(request), id));
    }

    @PUT
    @Path("{id}/redelivery")
    public JsonObject amend(@PathParam("id") long id, String body) {
        PartyMember who = signIn.member(request);
        requests.amend(who, id, ReflashJson.redelivery(JsonBodies.object(body)));
        return ReflashJson.details(requests.details(who, id));
    }

    @POST
    @Path("{id}/decision")
    public JsonObject decide(@PathParam("id") long id, String body) {
        PartyMember who = signIn.member(request);
        JsonObject json = JsonBodies.object(body);
        decisions.decide(who, id, JsonBodies.bool(json, "accept"), JsonBodies.string(json, "reason"));
        return ReflashJson.details(requests.details(who, id));
    }
}
