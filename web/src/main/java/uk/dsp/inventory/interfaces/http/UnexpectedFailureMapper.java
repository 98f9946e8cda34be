package uk.dsp.inventory.interfaces.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A database out of reach is answered 503 with Retry-After and a plain reason, in one log line. Any other
 * failure nobody anticipated is logged with a reference and answered 500 with only that reference: SQL, stack
 * traces and class names stay in the server log.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warning(() -> "Request refused with 503: " + DatabaseUnavailable.REASON);
            return unavailable();
        }
        return internalError(e);
    }

    /** The JSON APIs' answer; the DUIS endpoint answers its own refusals, this one too, in plain text. */
    private static Response unavailable() {
        return Response.fromResponse(
                        ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.REASON))
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    static Response internalError(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST request failed, reference " + reference, e);
        return ErrorBody.response(Response.Status.INTERNAL_SERVER_ERROR, "internal error, reference " + reference);
    }
}
