package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dsp.inventory.dsms.control.ReceiptRefused;
import uk.dsp.inventory.interfaces.http.ErrorBody;

/** A refused step on a returns record answers in HTTP's terms, with the reason: nothing was changed. */
@Provider
public class ReceiptRefusedMapper implements ExceptionMapper<ReceiptRefused> {

    @Override
    public Response toResponse(ReceiptRefused refused) {
        int status = switch (refused.problem()) {
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 409;
        };
        return ErrorBody.response(status, refused.getMessage());
    }
}
