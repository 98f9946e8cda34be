package uk.dsp.inventory.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.dsp.inventory.users.boundary.UserView;
import uk.dsp.inventory.users.boundary.Users;

/** The administrator lifts a user's sign-in locks, from every address. */
@Path("admin/users/{username}/unlock")
@Produces(MediaType.APPLICATION_JSON)
public class UserLocksResource {

    @EJB
    Users users;

    @POST
    public UserView unlock(@PathParam("username") String username) {
        return users.unlock(username);
    }
}
