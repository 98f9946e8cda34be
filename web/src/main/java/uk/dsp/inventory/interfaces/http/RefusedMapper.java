package uk.dsp.inventory.interfaces.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dsp.inventory.dcc.Refused;

/** A refused step answers in HTTP's terms, with the reason: nothing was changed. */
@Provider
public class RefusedMapper implements ExceptionMapper<Refused> {

    @Override
    public Response toResponse(Refused refused) {
        int status = switch (refused.problem()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 409;
        };
        return ErrorBody.response(status, refused.getMessage());
    }
}
