package uk.dsp.inventory.duis.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.w3c.dom.Document;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.control.DuisAnswer;
import uk.dsp.inventory.duis.control.DuisJaxb;
import uk.dsp.inventory.duis.control.DuisRefused;
import uk.dsp.inventory.duis.control.DuisResponses;
import uk.dsp.inventory.duis.control.DuisXmlWriter;
import uk.dsp.inventory.duis.control.EndpointRefusal;
import uk.dsp.inventory.duis.control.ReceivedRequest;
import uk.dsp.inventory.duis.control.ReplayRefused;
import uk.dsp.inventory.duis.control.ServiceRequestRoute;
import uk.dsp.inventory.duis.control.ServiceRequestRoutes;
import uk.dsp.inventory.duis.control.SignatureRefused;
import uk.dsp.inventory.returns.entity.BulkReturnOutcome;

/**
 * The DUIS endpoint's one call into the core: a parsed document in, its answer out. It reads the request (schema,
 * RequestID, target), authenticates it by its signature, routes it once by its body, runs its SR (the SR's facade is
 * one transaction, inside which the replay guard and the Service Audit Trail run), and signs the answer. No
 * transaction of its own: the SR's locks are released before the answer is signed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceRequests {

    @EJB
    DuisAuthentication authentication;

    @EJB
    WholeRequestRefusal refusals;

    @EJB
    DspSigningKey signingKey;

    @Inject
    ServiceRequestRoutes routes;

    /** A request that came without TLS client authentication (loopback development, DCC Boxed's tools). */
    public DuisAnswer serve(Document document) {
        return serve(document, Optional.empty());
    }

    /**
     * A request whose TLS client certificate, when there was one, is registered to {@code tlsParty}: the request's
     * signer must be that party, or it is refused (403) before anything is recorded.
     */
    public DuisAnswer serve(Document document, Optional<String> tlsParty) {
        try {
            ReceivedRequest received = ReceivedRequest.read(document, routes);
            Originator originator = authentication.originatorOf(document, received.requestId());
            if (tlsParty.isPresent() && !tlsParty.get().equals(originator.partyId())) {
                return DuisAnswer.refused(
                        403,
                        "the TLS client certificate is registered to party " + tlsParty.get()
                                + ", not to the request's signer " + originator.partyId());
            }
            ServiceRequestRoute route = received.checkedRoute();
            ServiceUserRequest request =
                    new ServiceUserRequest(received.requestId(), originator, route.serviceReferenceVariant());
            Response response = answer(received, request, route);
            Document signed = DuisJaxb.document(response);
            signingKey.sign(signed);
            return DuisAnswer.signed(
                    DuisXmlWriter.write(signed),
                    route.serviceReferenceVariant(),
                    response.getHeader().getResponseCode().value(),
                    route.bulk() ? received.records() : null);
        } catch (DuisRefused refused) {
            return DuisAnswer.refused(refused.status(), refused.getMessage());
        } catch (SignatureRefused refused) {
            return DuisAnswer.refused(403, refused.getMessage());
        } catch (ReplayRefused refused) {
            return DuisAnswer.refused(409, refused.getMessage());
        }
    }

    /**
     * Who may use the endpoint, then how many records: either refusal is audited and changes nothing else (the
     * counter is spent like any request's); otherwise the SR's own handler serves it.
     */
    private Response answer(ReceivedRequest received, ServiceUserRequest request, ServiceRequestRoute route) {
        Request duisRequest = received.request();
        if (!request.originator().holdsAnyOf(Role.SERVICE_USER_ROLES)) {
            return refuse(request, duisRequest, EndpointRefusal.NOT_A_SERVICE_USER, "not a Service User");
        }
        if (received.tooManyRecords()) {
            return refuse(
                    request,
                    duisRequest,
                    BulkReturnOutcome.TOO_MANY_RECORDS,
                    "more than " + route.maxRecords() + " records");
        }
        return route.handler().serve(request, duisRequest, route);
    }

    private Response refuse(ServiceUserRequest request, Request duisRequest, Enum<?> outcome, String detail) {
        refusals.refuse(request, outcome, detail);
        return DuisResponses.answer(request, duisRequest, outcome);
    }
}
