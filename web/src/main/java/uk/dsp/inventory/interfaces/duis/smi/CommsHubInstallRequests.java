package uk.dsp.inventory.interfaces.duis.smi;

import static uk.dsp.inventory.interfaces.duis.DuisValues.eui64;
import static uk.dsp.inventory.interfaces.duis.DuisValues.instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import uk.dsp.inventory.contract.duis.CHFInstallSuccessNoSMWAN;
import uk.dsp.inventory.contract.duis.CHFInstallSuccessSMWAN;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.interfaces.duis.DuisResponses;
import uk.dsp.inventory.interfaces.duis.ServiceRequestHandler;
import uk.dsp.inventory.smi.boundary.CommsHubInstalls;

/** SR 8.14.1 (CH installed with SM WAN) and 8.14.2 (without): translate, delegate to {@code CommsHubInstalls}, answer. */
@ApplicationScoped
public class CommsHubInstallRequests implements ServiceRequestHandler {

    @EJB
    CommsHubInstalls installs;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest) {
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
        return DuisResponses.answer(duisRequest, result.outcome());
    }
}
