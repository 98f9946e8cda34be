package uk.dsp.inventory.interfaces.selfservice;

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
import uk.dsp.inventory.incidents.boundary.IncidentLists;
import uk.dsp.inventory.incidents.boundary.Incidents;
import uk.dsp.inventory.incidents.control.IncidentAccess;
import uk.dsp.inventory.incidents.control.IncidentFilter;
import uk.dsp.inventory.incidents.control.IncidentView;
import uk.dsp.inventory.interfaces.http.JsonBodies;
import uk.dsp.inventory.interfaces.http.JsonOutput;

/**
 * 'Request for Install Code' incidents as JSON, for the same people and under the same rules as the SSI pages:
 * a user's name and password as HTTP Basic. An incident another party's user may not see is a 404 to it.
 */
@Path("v1/incidents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    private static final PageLimit PAGE = new PageLimit(IncidentFilter.MAX_PAGE);

    @EJB
    Incidents incidents;

    @EJB
    IncidentLists lists;

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @POST
    public Response raise(String body, @Context UriInfo uri) {
        PartyMember who = signIn.member(request);
        IncidentView raised = incidents.raise(who, JsonBodies.string(JsonBodies.object(body), "deviceId"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(raised.id()))
                        .build())
                .entity(raised)
                .build();
    }

    @GET
    public List<IncidentView> list(
            @QueryParam("status") String status,
            @QueryParam("deviceId") String deviceId,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        PartyMember who = signIn.member(request);
        if (!PAGE.allows(limit)) {
            throw Refused.invalid("limit is " + PAGE.range());
        }
        return lists.list(who, new IncidentFilter(status, deviceId, overdue, before, limit));
    }

    @GET
    @Path("{id}")
    public IncidentView read(@PathParam("id") long id) {
        return incidents.read(signIn.member(request), id);
    }

    /** The install code, for the raiser, the assignee and the DCC desk; each reading is in the history. */
    @GET
    @Path("{id}/install-code")
    public JsonObject installCode(@PathParam("id") long id) {
        return JsonOutput.object()
                .add("installCode", incidents.readInstallCode(signIn.member(request), id))
                .build();
    }

    @PUT
    @Path("{id}/install-code")
    public IncidentView giveInstallCode(@PathParam("id") long id, String body) {
        return incidents.giveInstallCode(
                signIn.member(request), id, JsonBodies.string(JsonBodies.object(body), "installCode"));
    }

    @POST
    @Path("{id}/notes")
    public IncidentView addNote(@PathParam("id") long id, String body) {
        return incidents.addNote(signIn.member(request), id, JsonBodies.string(JsonBodies.object(body), "text"));
    }

    /** The raiser closes with a resolution; the DCC desk closes administratively with it as the reason. */
    @POST
    @Path("{id}/close")
    public IncidentView close(@PathParam("id") long id, String body) {
        PartyMember who = signIn.member(request);
        String resolution = JsonBodies.string(JsonBodies.object(body), "resolution");
        return IncidentAccess.isDesk(who)
                ? incidents.closeByDesk(who, id, resolution)
                : incidents.close(who, id, resolution);
    }

    /** The DCC desk only. */
    @POST
    @Path("{id}/reassign")
    public IncidentView reassign(@PathParam("id") long id, String body) {
        JsonObject json = JsonBodies.object(body);
        return incidents.reassign(
                signIn.member(request), id, JsonBodies.string(json, "partyId"), JsonBodies.string(json, "reason"));
    }
}
