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
import uk.dsp.inventory.users.boundary.PartyMails;

/**
 * The administrator's view of the mails to parties' people (incidents, re-flash): ?status=FAILED shows those whose
 * every attempt failed (sent again through /dead-letters), ?status=QUEUED those still on their way.
 */
@Path("admin/party-mails")
@Produces(MediaType.APPLICATION_JSON)
public class PartyMailsResource {

    private static final Set<String> STATUSES = Set.of("QUEUED", "SENT", "FAILED");

    @EJB
    PartyMails mails;

    @GET
    public JsonObject list(
            @QueryParam("status") String status,
            @QueryParam("partyId") String partyId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        AdminLists.checkFilters(status, STATUSES, "partyId", partyId);
        JsonArrayBuilder list = JsonOutput.array();
        for (PartyMails.PartyMail mail : mails.list(status, partyId, AdminLists.limit(limit))) {
            JsonObjectBuilder json = JsonOutput.object()
                    .add("messageId", mail.messageId())
                    .add("about", mail.about())
                    .add("partyId", mail.partyId())
                    .add("to", mail.recipients())
                    .add("subject", mail.subject())
                    .add("status", mail.status())
                    .add("queuedAt", mail.queuedAt().toString());
            if (mail.sentAt() != null) {
                json.add("sentAt", mail.sentAt().toString());
            }
            if (mail.failure() != null) {
                json.add("failure", mail.failure());
            }
            list.add(json);
        }
        return JsonOutput.object().add("mails", list).build();
    }
}
