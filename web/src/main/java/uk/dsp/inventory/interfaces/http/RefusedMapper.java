package uk.dsp.inventory.interfaces.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dsp.inventory.dcc.Refused;

/**
 * Every refused step of every JSON API answers here, in HTTP's terms by its kind, with the reason: nothing was changed.
 * A step that conflicts with the thing's current state is 409 (RFC 9110, 15.5.10), whether the thing is not in a state
 * that allows it or is there already.
 */
@Provider
public class RefusedMapper implements ExceptionMapper<Refused> {

    @Override
    public Response toResponse(Refused refused) {
        Response.Status status = switch (refused.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return ErrorBody.response(status, refused.getMessage());
    }
}
