package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dsp.inventory.incidents.control.IncidentRefused;
import uk.dsp.inventory.interfaces.http.ErrorBody;

/** A refused incident step answers in HTTP's terms, with the reason: nothing was changed. */
@Provider
public class IncidentRefusedMapper implements ExceptionMapper<IncidentRefused> {

    @Override
    public Response toResponse(IncidentRefused refused) {
        int status = switch (refused.problem()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case DUPLICATE -> 409;
            case NOT_ALLOWED -> 422;
        };
        return ErrorBody.response(status, refused.getMessage());
    }
}
