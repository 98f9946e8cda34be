package uk.dsp.inventory.duis.control.smi;

import static uk.dsp.inventory.duis.control.DuisValues.eui64;
import static uk.dsp.inventory.duis.control.DuisValues.instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import uk.dsp.inventory.contract.duis.CHFInstallSuccessNoSMWAN;
import uk.dsp.inventory.contract.duis.CHFInstallSuccessSMWAN;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.control.DuisResponses;
import uk.dsp.inventory.duis.control.ServiceRequestHandler;
import uk.dsp.inventory.duis.control.ServiceRequestRoute;
import uk.dsp.inventory.smi.boundary.CommsHubInstalls;

/** SR 8.14.1 (CH installed with SM WAN) and 8.14.2 (without): translate, delegate to {@code CommsHubInstalls}, answer. */
@ApplicationScoped
public class CommsHubInstallRequests implements ServiceRequestHandler {

    @EJB
    CommsHubInstalls installs;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest, ServiceRequestRoute route) {
        CHFInstallSuccessSMWAN withSmWan = duisRequest.getBody().getCHFInstallSuccessSMWAN();
        CHFInstallSuccessNoSMWAN withoutSmWan = duisRequest.getBody().getCHFInstallSuccessNoSMWAN();
        ServiceRequestResult result = withSmWan != null
                ? installs.install(
                        request,
                        eui64(withSmWan.getDeviceID()),
                        true,
                        withSmWan.getMPxN().strip(),
                        instant(withSmWan.getInstallDateTime()))
                : installs.install(
                        request,
                        eui64(withoutSmWan.getDeviceID()),
                        false,
                        withoutSmWan.getMPxN().strip(),
                        instant(withoutSmWan.getInstallDateTime()));
        return DuisResponses.answer(request, duisRequest, result.outcome());
    }
}
