package uk.dsp.inventory.interfaces.duis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.RequestId;
import uk.dsp.inventory.interfaces.duis.returns.CommsHubReturnRequests;
import uk.dsp.inventory.interfaces.duis.smi.SmiServiceRequests;
import uk.dsp.inventory.dcc.ServiceUserRequest;

/** Hands an authenticated request to the capability that serves its SR, once its header agrees with its body. */
@ApplicationScoped
public class ServiceRequestRouter {

    @Inject
    CommsHubReturnRequests returns;

    @Inject
    SmiServiceRequests smi;

    public Response serve(Request request, RequestId requestId, Originator originator) {
        Request.Body body = request.getBody();
        if (body.getCHFFaultReturn() != null || body.getCHFNoFaultReturn() != null
                || body.getCHFFaultReturnList() != null || body.getCHFNoFaultReturnList() != null) {
            return returns.serve(request, requestId, originator);
        }
        ServiceUserRequest sr = new ServiceUserRequest(requestId, originator, request.getHeader().getServiceReferenceVariant());
        BigDecimal version = request.getSchemaVersion();
        if (body.getDevicePrenotification() != null) {
            return smi.preNotify(expect(request, "12.2", "12.2", sr), version, body.getDevicePrenotification());
        }
        if (body.getReadInventory() != null) {
            return smi.read(expect(request, "8.2", "8.2", sr), version, body.getReadInventory());
        }
        if (body.getUpdateInventory() != null) {
            return smi.update(expect(request, "8.4", "8.4", sr), version, body.getUpdateInventory());
        }
        if (body.getCHFInstallSuccessSMWAN() != null) {
            return smi.installWithSmWan(expect(request, "8.14", "8.14.1", sr), version, body.getCHFInstallSuccessSMWAN());
        }
        return smi.installWithoutSmWan(expect(request, "8.14", "8.14.2", sr), version, body.getCHFInstallSuccessNoSMWAN());
    }

    private static ServiceUserRequest expect(Request request, String reference, String variant, ServiceUserRequest sr) {
        Request.Header header = request.getHeader();
        if (!reference.equals(header.getServiceReference()) || !variant.equals(header.getServiceReferenceVariant())) {
            throw new DuisRefused(400, "the body is SR " + variant + " but the header says " + header.getServiceReference()
                    + " / " + header.getServiceReferenceVariant());
        }
        return sr;
    }
}
