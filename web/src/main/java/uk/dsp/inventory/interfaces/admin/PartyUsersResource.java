package uk.dsp.inventory.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.users.boundary.UserView;
import uk.dsp.inventory.users.boundary.Users;
import uk.dsp.inventory.users.control.NewUser;

/**
 * The administrator adds a party's users: {@code {"username","password","roles","email"}}. DCC operators are the
 * users of the DSP's own party ID.
 */
@Path("admin/parties/{partyId}/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PartyUsersResource {

    @EJB
    Users users;

    @POST
    public Response add(@PathParam("partyId") String partyId, NewUser user, @Context UriInfo uri) {
        if (user == null) {
            throw Refused.invalid("the body must be a user as JSON");
        }
        UserView added = users.add(partyId, user);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(added.username()).build())
                .entity(added)
                .build();
    }

    @GET
    public List<UserView> list(@PathParam("partyId") String partyId) {
        return users.ofParty(partyId);
    }
}
