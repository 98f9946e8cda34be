package uk.dsp.inventory.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.SecurityContext;
import uk.dsp.inventory.interfaces.http.ErrorBody;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.platform.messaging.DeadLetter;
import uk.dsp.inventory.platform.messaging.DeadLetters;

/**
 * The administrator's dead letters: every message whose delivery attempts all failed, whichever node's DLQ holds it,
 * with what it is and why it died; sent again one at a time or all at once, each once.
 */
@Path("admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @EJB
    DeadLetters deadLetters;

    @Context
    SecurityContext security;

    @GET
    public JsonObject list(@QueryParam("limit") @DefaultValue("100") int limit) {
        JsonArrayBuilder list = JsonOutput.array();
        for (DeadLetter letter : deadLetters.list(AdminLists.limit(limit))) {
            list.add(JsonOutput.object()
                    .add("id", letter.id())
                    .add("queue", letter.queue())
                    .add("about", letter.about())
                    .add("reason", letter.reason() == null ? "" : letter.reason())
                    .add("createdAt", letter.createdAt().toString())
                    .add("deadAt", letter.deadAt().toString()));
        }
        return JsonOutput.object().add("deadLetters", list).build();
    }

    @POST
    @Path("{id}/resend")
    public Response resend(@PathParam("id") String id) {
        long letter;
        try {
            letter = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return ErrorBody.response(Response.Status.NOT_FOUND, "no dead letter " + id);
        }
        if (!deadLetters.resend(letter, who())) {
            return ErrorBody.response(
                    Response.Status.NOT_FOUND, "no dead letter " + letter + ": sent again already, or never dead");
        }
        return Response.ok(JsonOutput.object().add("resent", 1).build()).build();
    }

    @POST
    @Path("resend")
    public JsonObject resendAll() {
        return JsonOutput.object().add("resent", deadLetters.resendAll(who())).build();
    }

    private String who() {
        return security.getUserPrincipal() == null
                ? "admin API"
                : security.getUserPrincipal().getName();
    }
}
