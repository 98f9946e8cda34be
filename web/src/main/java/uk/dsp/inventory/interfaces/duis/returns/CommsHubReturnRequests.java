package uk.dsp.inventory.interfaces.duis.returns;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.interfaces.duis.DuisRefused;
import uk.dsp.inventory.interfaces.duis.DuisRequests;
import uk.dsp.inventory.interfaces.duis.DuisResponses;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.RequestId;
import uk.dsp.inventory.returns.control.ReturnsRequest;
import uk.dsp.inventory.returns.control.ReturnsResult;
import uk.dsp.inventory.returns.entity.ReturnOutcome;
import uk.dsp.inventory.returns.entity.ReturnVariant;
import uk.dsp.inventory.returns.boundary.Returns;

/** SR 8.14.3 and 8.14.4 on the DUIS endpoint: translate, delegate to {@code Returns}, answer. */
@ApplicationScoped
public class CommsHubReturnRequests {

    private static final String SR = "http://www.dccinterface.co.uk/ServiceUserGateway";

    @EJB
    Returns returns;

    public Response serve(Request request, RequestId requestId, Originator originator) {
        Request.Body body = request.getBody();
        ReturnVariant variant = ReturnsRequestReader.variant(body);
        if (!variant.serviceReferenceVariant().equals(request.getHeader().getServiceReferenceVariant())
                || !"8.14".equals(request.getHeader().getServiceReference())) {
            throw new DuisRefused(400, "ServiceReferenceVariant " + request.getHeader().getServiceReferenceVariant()
                    + " does not match the body, which is SR " + variant.serviceReferenceVariant());
        }
        boolean bulk = ReturnsRequestReader.bulk(body);
        ReturnsResult result = returns.returnCommsHubs(new ReturnsRequest(requestId, originator, variant, bulk,
                ReturnsRequestReader.returns(body)));
        return DuisResponses.response(requestId, request.getSchemaVersion(), result.responseCode(),
                ReturnsResponses.message(variant, bulk, result));
    }

    /** More than 999 records: told before the schema, whose limit it is, so that the answer can say so in DUIS terms. */
    public boolean tooManyRecords(Document document) {
        return records(document) > ReturnOutcome.MAX_RECORDS;
    }

    /** The whole request refused with E081406, once its signature is verified; nothing is recorded. */
    public Response refuseTooMany(Document document, BiFunction<Document, RequestId, Originator> authenticate) {
        Element root = document.getDocumentElement();
        RequestId requestId = DuisRequests.requestId(text(root, "RequestID"));
        authenticate.apply(document, requestId);
        ReturnVariant variant = root.getElementsByTagNameNS(SR, "CHFFaultReturnList").getLength() > 0
                ? ReturnVariant.FAULT : ReturnVariant.NO_FAULT;
        return DuisResponses.response(requestId, schemaVersion(root), ReturnOutcome.TOO_MANY_RECORDS_CODE,
                DuisResponses.message("8.14", variant.serviceReferenceVariant()));
    }

    private static int records(Document document) {
        int records = 0;
        for (String list : new String[] {"CHFFaultReturnList", "CHFNoFaultReturnList"}) {
            NodeList lists = document.getElementsByTagNameNS(SR, list);
            for (int i = 0; i < lists.getLength(); i++) {
                records += ((Element) lists.item(i)).getElementsByTagNameNS(SR, "DeviceID").getLength();
            }
        }
        return records;
    }

    private static String text(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(SR, name);
        if (nodes.getLength() != 1) {
            throw new DuisRefused(400, "the request has no single sr:" + name);
        }
        return nodes.item(0).getTextContent();
    }

    private static BigDecimal schemaVersion(Element root) {
        try {
            return new BigDecimal(root.getAttribute("schemaVersion"));
        } catch (NumberFormatException e) {
            throw new DuisRefused(400, "the schemaVersion attribute is not a decimal");
        }
    }
}
