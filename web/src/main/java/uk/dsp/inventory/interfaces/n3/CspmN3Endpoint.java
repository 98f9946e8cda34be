package uk.dsp.inventory.interfaces.n3;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.interceptor.InInterceptors;
import org.jboss.ws.api.annotation.EndpointConfig;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubs;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubsResponse;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.http.DatabaseUnavailable;
import uk.dsp.inventory.interfaces.operations.RequestLatencyFilter;
import uk.dsp.inventory.parties.boundary.AuthenticatedCsp;
import uk.dsp.inventory.smi.boundary.PreNotifications;
import uk.dsp.inventory.smi.control.CommsHubPreNotification;
import uk.dsp.inventory.smi.control.RefusalReason;

/** CSPM-N3 Communications Hub pre-notification: authenticate the CSP gateway, translate, delegate. */
@WebService(
        serviceName = "CspmN3Service",
        portName = "CspmN3Port",
        targetNamespace = "urn:dsp-inventory:cspm:n3:v1",
        endpointInterface = "uk.dsp.inventory.contract.n3.CspmN3",
        wsdlLocation = "WEB-INF/wsdl/CspmN3.wsdl")
@EndpointConfig(configFile = "WEB-INF/jaxws-endpoint-config.xml", configName = "CSPM-N3")
@InInterceptors(classes = N3OperationRequired.class)
public class CspmN3Endpoint implements CspmN3 {

    private static final Logger LOG = Logger.getLogger(CspmN3Endpoint.class.getName());

    @Resource
    WebServiceContext context;

    @Inject
    N3Callers callers;

    @EJB
    PreNotifications preNotifications;

    @Inject
    N3Meters meters;

    @Override
    public PreNotifyCommsHubsResponse preNotifyCommsHubs(PreNotifyCommsHubs request) {
        long start = System.nanoTime();
        try {
            PreNotifyCommsHubsResponse response = preNotify(request);
            meters.call(N3Meters.ACCEPTED, start);
            meters.records(response);
            return response;
        } catch (N3RefusalFault refused) {
            meters.refused(refused.getFaultInfo().getCode(), start);
            servletRequest().setAttribute(RequestLatencyFilter.REFUSED, Boolean.TRUE);
            LOG.info(() ->
                    "CSPM-N3 call refused, " + refused.getFaultInfo().getCode().value() + " ("
                            + N3Callers.describe(servletRequest()) + "): " + refused.getMessage());
            throw N3CallerFaults.clientFault(refused);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                meters.call(N3Meters.FAULT, start);
                // The fault names a reference, not the exception: its text is the server's insides.
                String reference = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "CSPM-N3 call failed, reference " + reference, e);
                throw new WebServiceException("internal error, reference " + reference);
            }
            meters.call(N3Meters.UNAVAILABLE, start);
            servletRequest().setAttribute(N3UnavailableFilter.DATABASE_UNAVAILABLE, Boolean.TRUE);
            throw new WebServiceException(DatabaseUnavailable.REASON);
        }
    }

    private PreNotifyCommsHubsResponse preNotify(PreNotifyCommsHubs request) throws N3RefusalFault {
        AuthenticatedCsp csp = callers.authenticate(servletRequest());
        List<CommsHub> hubs = request == null ? List.of() : request.getCommsHub();
        try {
            List<CommsHubPreNotification> records =
                    hubs.stream().map(N3Messages::toPreNotification).toList();
            return N3Messages.toResponse(preNotifications.preNotify(csp, records));
        } catch (Refused refused) {
            // Only the call's own reasons have a CSPM-N3 code; any other refusal is not the caller's to mend: a
            // failure.
            if (refused.problem() instanceof RefusalReason reason) {
                throw N3Messages.refusal(reason, refused.getMessage());
            }
            throw refused;
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw N3Messages.refusal(RefusalReason.INVALID_REQUEST, "the call is malformed: " + malformed.getMessage());
        }
    }

    private HttpServletRequest servletRequest() {
        return (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    }
}
