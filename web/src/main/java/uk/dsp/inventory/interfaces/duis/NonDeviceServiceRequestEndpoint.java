package uk.dsp.inventory.interfaces.duis;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import uk.dsp.inventory.duis.boundary.ServiceRequests;
import uk.dsp.inventory.duis.control.DuisAnswer;
import uk.dsp.inventory.duis.control.DuisRefused;
import uk.dsp.inventory.interfaces.http.DatabaseUnavailable;

/**
 * The DUIS endpoint for non-device Service Requests, at DCC Boxed's path: the envelope and nothing else. It reads with
 * a size cap and parses, then makes one call into the core ({@code ServiceRequests}), which validates, authenticates,
 * routes, runs the SR and signs the answer. What fails before the request is authenticated (size, XML, schema,
 * signature, replay) gets an HTTP 4xx with a plain-text reason; everything after gets a signed DUIS response.
 */
@Path("v1/serviceD")
public class NonDeviceServiceRequestEndpoint {

    private static final Logger LOG = Logger.getLogger(NonDeviceServiceRequestEndpoint.class.getName());

    @EJB
    ServiceRequests serviceRequests;

    @Inject
    DuisMeters meters;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_XML)
    public Response serve(InputStream body) {
        long start = System.nanoTime();
        try {
            Document document = DuisDocuments.parse(DuisDocuments.readCapped(body));
            DuisAnswer answer = serviceRequests.serve(document);
            if (answer.isRefused()) {
                return refusal(answer.refusalStatus(), answer.refusal());
            }
            meters.answered(answer.serviceReferenceVariant(), answer.responseCode(), start);
            if (answer.bulkRecords() != null) {
                meters.bulkReturn(answer.bulkRecords());
            }
            return Response.ok(answer.signedResponse(), MediaType.APPLICATION_XML_TYPE)
                    .build();
        } catch (DuisRefused refused) {
            return refusal(refused.status(), refused.getMessage());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            return Response.fromResponse(refusal(503, DatabaseUnavailable.REASON))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
    }

    private Response refusal(int status, String reason) {
        meters.refused(status);
        LOG.fine(() -> "DUIS request refused with " + status + ": " + reason);
        return Response.status(status)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(reason + "\n")
                .build();
    }
}
