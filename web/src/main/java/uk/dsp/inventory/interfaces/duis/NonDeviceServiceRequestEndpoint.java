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
import org.w3c.dom.Element;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.RequestId;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.boundary.DspSigningKey;
import uk.dsp.inventory.duis.boundary.DuisAuthentication;
import uk.dsp.inventory.duis.boundary.ServiceRequestRefusals;
import uk.dsp.inventory.duis.control.DuisXmlWriter;
import uk.dsp.inventory.duis.control.ReplayRefused;
import uk.dsp.inventory.duis.control.ServiceRequestRefusal;
import uk.dsp.inventory.duis.control.SignatureRefused;
import uk.dsp.inventory.interfaces.http.DatabaseUnavailable;

/**
 * The DUIS endpoint for non-device Service Requests, at DCC Boxed's path: the envelope and nothing else. It reads
 * with a size cap, parses, validates, authenticates, routes by the body's element, and signs the answer. What
 * fails before the request is authenticated (size, XML, schema, signature, replay) gets an HTTP 4xx with a
 * plain-text reason; everything after gets a signed DUIS response.
 */
@Path("v1/serviceD")
public class NonDeviceServiceRequestEndpoint {

    private static final Logger LOG = Logger.getLogger(NonDeviceServiceRequestEndpoint.class.getName());

    @EJB
    DuisAuthentication authentication;

    @EJB
    DspSigningKey signingKey;

    @EJB
    ServiceRequestRefusals refusals;

    @Inject
    ServiceRequestRoutes routes;

    @Inject
    DuisMeters meters;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_XML)
    public Response serve(InputStream body) {
        long start = System.nanoTime();
        try {
            Document document = DuisDocuments.parse(DuisDocuments.readCapped(body));
            DuisRequests.checkRoot(document);
            Element bodyElement = DuisRequests.bodyElement(document);
            ServiceRequestRoute route = routes.of(bodyElement).orElse(null);
            int records = route == null ? 0 : route.handler().records(bodyElement);
            uk.dsp.inventory.contract.duis.Response answer =
                    route != null && records > route.handler().maxRecords()
                            ? refuseTooMany(document, route)
                            : answer(document);
            meters.answered(
                    answer.getBody().getResponseMessage().getServiceReferenceVariant(),
                    answer.getHeader().getResponseCode().value(),
                    start);
            if (bodyElement.getLocalName().endsWith("List")) {
                meters.bulkReturn(records);
            }
            Document signed = DuisJaxb.document(answer);
            signingKey.sign(signed);
            return Response.ok(DuisXmlWriter.write(signed), MediaType.APPLICATION_XML_TYPE)
                    .build();
        } catch (DuisRefused refused) {
            return refusal(refused.status(), refused.getMessage());
        } catch (SignatureRefused refused) {
            return refusal(403, refused.getMessage());
        } catch (ReplayRefused refused) {
            return refusal(409, refused.getMessage());
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

    private uk.dsp.inventory.contract.duis.Response answer(Document document) {
        DuisDocuments.validate(document);
        return serve(
                document,
                (serviceUserRequest, request, route) -> route.handler().serve(serviceUserRequest, request));
    }

    /**
     * More records than the SR allows: checked like any other request (the schema but for its count, the
     * signature, the header, the replay guard), then refused as a whole in DUIS terms, audited, and nothing else
     * is recorded.
     */
    private uk.dsp.inventory.contract.duis.Response refuseTooMany(Document document, ServiceRequestRoute route) {
        DuisDocuments.validateIgnoringRecordLimit(document);
        return serve(
                document,
                (serviceUserRequest, request, served) -> refused(
                        serviceUserRequest,
                        request,
                        route.handler().tooManyRecords(),
                        "more than " + route.handler().maxRecords() + " records"));
    }

    /** The steps every request takes once it is schema-valid: its header, its signature, who may use the endpoint. */
    private uk.dsp.inventory.contract.duis.Response serve(Document document, Handling handling) {
        Request request = DuisJaxb.request(document);
        RequestId requestId = DuisRequests.requestId(request.getHeader().getRequestID());
        Originator originator = authenticate(document, requestId);
        ServiceRequestRoute route = routes.of(DuisRequests.bodyElement(document))
                .orElseThrow(() -> new DuisRefused(400, "the body holds no Service Request this DSP serves"));
        route.checkHeader(request.getHeader());
        ServiceUserRequest serviceUserRequest =
                new ServiceUserRequest(requestId, originator, route.serviceReferenceVariant());
        if (!originator.holdsAnyOf(Role.SERVICE_USER_ROLES)) {
            return refused(serviceUserRequest, request, ServiceRequestRefusal.NOT_A_SERVICE_USER, "not a Service User");
        }
        return handling.handle(serviceUserRequest, request, route);
    }

    private uk.dsp.inventory.contract.duis.Response refused(
            ServiceUserRequest serviceUserRequest, Request request, Enum<?> outcome, String detail) {
        refusals.refuse(serviceUserRequest, outcome, detail);
        return DuisResponses.answer(request, outcome);
    }

    /** What a request that passed the common steps gets. */
    private interface Handling {
        uk.dsp.inventory.contract.duis.Response handle(
                ServiceUserRequest serviceUserRequest, Request request, ServiceRequestRoute route);
    }

    private Originator authenticate(Document document, RequestId requestId) {
        DuisRequests.checkTarget(requestId);
        return authentication.originatorOf(document, requestId);
    }
}
