package uk.dsp.inventory.duis.control.returns;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.control.DuisResponses;
import uk.dsp.inventory.duis.control.ServiceRequestHandler;
import uk.dsp.inventory.duis.control.ServiceRequestRoute;
import uk.dsp.inventory.returns.boundary.ReturnsFacade;
import uk.dsp.inventory.returns.control.ReturnsRequest;
import uk.dsp.inventory.returns.control.ReturnsResult;

/** SR 8.14.3 and 8.14.4, single and bulk as the route says: translate, delegate to {@code ReturnsFacade}, answer. */
@ApplicationScoped
public class CommsHubReturnRequests implements ServiceRequestHandler {

    @EJB
    ReturnsFacade returns;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest, ServiceRequestRoute route) {
        ReturnsRequest returnsRequest = ReturnsRequestReader.read(duisRequest.getBody(), route);
        ReturnsResult result = returns.returnCommsHubs(request, returnsRequest);
        Response response = DuisResponses.answer(request, duisRequest, result.outcome());
        if (returnsRequest.bulk()) {
            response.getBody().getResponseMessage().setDSPBulkCHReturnWarning(ReturnsResponses.warning(result));
        }
        return response;
    }
}
