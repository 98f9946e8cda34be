package uk.dsp.inventory.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON a resource expects answers 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return ErrorBody.response(Response.Status.BAD_REQUEST, "the body is not valid JSON for this resource: " + e.getMessage());
    }
}
