package uk.dsp.inventory.interfaces.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dsp.inventory.interfaces.http.ErrorBody;
import uk.dsp.inventory.users.control.UserRefused;

/** A refused user change answers 400, 404 or 409 with the reason. */
@Provider
public class UserRefusedMapper implements ExceptionMapper<UserRefused> {

    @Override
    public Response toResponse(UserRefused refused) {
        Response.Status status = switch (refused.problem()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case UNKNOWN_PARTY, UNKNOWN_USER -> Response.Status.NOT_FOUND;
            case ALREADY_EXISTS -> Response.Status.CONFLICT;
        };
        return ErrorBody.response(status, refused.getMessage());
    }
}
