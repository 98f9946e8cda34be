package uk.dsp.inventory.interfaces.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every REST error is a JSON object with one message, in the status that fits. */
public record ErrorBody(String error) {

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message);
    }

    /** For the statuses {@link Response.Status} does not name, such as 422 and 429. */
    public static Response response(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(message))
                .build();
    }
}
