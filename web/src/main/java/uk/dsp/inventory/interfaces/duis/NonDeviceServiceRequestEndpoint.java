package uk.dsp.inventory.interfaces.duis;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import uk.dsp.inventory.duis.boundary.ServiceRequests;
import uk.dsp.inventory.duis.control.DuisAnswer;
import uk.dsp.inventory.duis.control.DuisRefused;
import uk.dsp.inventory.interfaces.http.DatabaseUnavailable;
import uk.dsp.inventory.interfaces.http.PlainHttpPolicy;
import uk.dsp.inventory.parties.boundary.PartyAuthentication;

/**
 * The DUIS endpoint for non-device Service Requests, at DCC Boxed's path: the envelope and nothing else. It reads with
 * a size cap and parses, then makes one call into the core ({@code ServiceRequests}), which validates, authenticates,
 * routes, runs the SR and signs the answer. What fails before the request is authenticated (size, XML, schema,
 * signature, replay) gets an HTTP 4xx with a plain-text reason; everything after gets a signed DUIS response.
 */
@Path("v1/serviceD")
public class NonDeviceServiceRequestEndpoint {

    private static final Logger LOG = Logger.getLogger(NonDeviceServiceRequestEndpoint.class.getName());
    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @EJB
    ServiceRequests serviceRequests;

    @EJB
    PartyAuthentication parties;

    @Inject
    DuisMeters meters;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_XML)
    public Response serve(InputStream body) {
        long start = System.nanoTime();
        try {
            Optional<String> tlsParty = tlsParty();
            Document document = DuisDocuments.parse(DuisDocuments.readCapped(body));
            DuisAnswer answer = serviceRequests.serve(document, tlsParty);
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

    /**
     * Over mutual TLS (the gateways' listener), the party the client certificate is registered to, which must be the
     * request's signer; without a client certificate, none to check, which only development on loopback may do.
     */
    private Optional<String> tlsParty() {
        if (http.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0) {
            return Optional.of(parties.partyOf(chain[0])
                    .orElseThrow(() -> new DuisRefused(403, "the TLS client certificate is registered to no party")));
        }
        if (!PlainHttpPolicy.developmentOnLoopback(http)) {
            throw new DuisRefused(403, "DUIS needs mutual TLS with the TLS client certificate registered to the party");
        }
        return Optional.empty();
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
