package uk.dsp.inventory.duis.control;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.dcc.RequestId;

/**
 * A parsed DUIS document read as far as it can be before its signature is checked: the body's route (found once),
 * its record count against the SR's limit, the schema, the request's classes, its RequestID (parsed once) and its
 * target. A request with more records than its SR allows is validated but for its count, so that it can be refused in
 * DUIS terms once its sender is known.
 */
public record ReceivedRequest(
        Document document, Request request, RequestId requestId, ServiceRequestRoute route, int records) {

    public static ReceivedRequest read(Document document, ServiceRequestRoutes routes) {
        RequestEnvelope.checkRoot(document);
        Element bodyElement = RequestEnvelope.bodyElement(document);
        ServiceRequestRoute route = routes.of(bodyElement).orElse(null);
        int records = route == null ? 0 : route.records(bodyElement);
        if (route != null && records > route.maxRecords()) {
            DuisSchema.validateIgnoringRecordLimit(document);
        } else {
            DuisSchema.validate(document);
        }
        Request request = DuisJaxb.request(document);
        RequestId requestId = RequestEnvelope.requestId(request.getHeader().getRequestID());
        RequestEnvelope.checkTarget(requestId);
        return new ReceivedRequest(document, request, requestId, route, records);
    }

    /** Once the sender is known: the SR the body carries, which the header must name too. */
    public ServiceRequestRoute checkedRoute() {
        if (route == null) {
            throw new DuisRefused(400, "the body holds no Service Request this DSP serves");
        }
        route.checkHeader(request.getHeader());
        return route;
    }

    public boolean tooManyRecords() {
        return route != null && records > route.maxRecords();
    }
}
