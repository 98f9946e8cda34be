package uk.dsp.inventory.interfaces.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dsp.inventory.interfaces.http.ErrorBody;
import uk.dsp.inventory.parties.control.RegistrationRefused;

/** A refused registry change answers 400, 404 or 409 with the reason. */
@Provider
public class RegistrationRefusedMapper implements ExceptionMapper<RegistrationRefused> {

    @Override
    public Response toResponse(RegistrationRefused refused) {
        Response.Status status = switch (refused.problem()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case ALREADY_REGISTERED, CERTIFICATE_IN_USE, REGION_TAKEN -> Response.Status.CONFLICT;
        };
        return ErrorBody.response(status, refused.getMessage());
    }
}
