package uk.dsp.inventory.interfaces.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    @Context
    UriInfo uri;

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

    /** Plain text for the DUIS endpoint, whose other refusals are plain text too; JSON for the JSON APIs. */
    private Response unavailable() {
        boolean duis = uri != null && uri.getPath().endsWith("/serviceD");
        Response.ResponseBuilder response = duis
                ? Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                        .entity(DatabaseUnavailable.REASON + "\n")
                : Response.fromResponse(
                        ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.REASON));
        return response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    static Response internalError(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "REST request failed, reference " + reference, e);
        return ErrorBody.response(Response.Status.INTERNAL_SERVER_ERROR, "internal error, reference " + reference);
    }
}
