package uk.dsp.inventory.interfaces.http;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON a resource expects answers 400, not 500. RESTEasy reports it as a
 * ProcessingException wrapping the JSON-B failure.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException) {
                return ErrorBody.response(
                        Response.Status.BAD_REQUEST,
                        "the body is not valid JSON for this resource: " + cause.getMessage());
            }
        }
        return UnexpectedFailureMapper.internalError(e);
    }
}
