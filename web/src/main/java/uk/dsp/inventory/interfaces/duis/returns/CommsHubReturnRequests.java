package uk.dsp.inventory.interfaces.duis.returns;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.interfaces.duis.DuisResponses;
import uk.dsp.inventory.interfaces.duis.ServiceRequestHandler;
import uk.dsp.inventory.returns.boundary.ReturnsFacade;
import uk.dsp.inventory.returns.control.ReturnsRequest;
import uk.dsp.inventory.returns.control.ReturnsResult;
import uk.dsp.inventory.returns.entity.BulkReturnOutcome;

/** SR 8.14.3 and 8.14.4, single and bulk: translate, delegate to {@code Returns}, answer. */
@ApplicationScoped
public class CommsHubReturnRequests implements ServiceRequestHandler {

    @EJB
    ReturnsFacade returns;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest) {
        Request.Body body = duisRequest.getBody();
        ReturnsRequest returnsRequest = new ReturnsRequest(
                ReturnsRequestReader.variant(body),
                ReturnsRequestReader.bulk(body),
                ReturnsRequestReader.returns(body));
        ReturnsResult result = returns.returnCommsHubs(request, returnsRequest);
        Response response = DuisResponses.answer(duisRequest, result.outcome());
        if (returnsRequest.bulk()) {
            response.getBody().getResponseMessage().setDSPBulkCHReturnWarning(ReturnsResponses.warning(result));
        }
        return response;
    }

    /** The bulk form's list holds one record per child element; the single form is one record. */
    @Override
    public int records(Element bodyElement) {
        if (!bodyElement.getLocalName().endsWith("List")) {
            return 1;
        }
        int records = 0;
        for (Node child = bodyElement.getFirstChild(); child != null; child = child.getNextSibling()) {
            records += child instanceof Element ? 1 : 0;
        }
        return records;
    }

    @Override
    public int maxRecords() {
        return BulkReturnOutcome.MAX_RECORDS;
    }

    @Override
    public Enum<?> tooManyRecords() {
        return BulkReturnOutcome.TOO_MANY_RECORDS;
    }
}
