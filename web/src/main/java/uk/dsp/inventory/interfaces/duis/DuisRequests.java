package uk.dsp.inventory.interfaces.duis;

import java.math.BigDecimal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.dcc.RequestId;

/** What the envelope reads of a request before it is trusted: its RequestID, its target, its body element. */
final class DuisRequests {

    static final String NAMESPACE = "http://www.dccinterface.co.uk/ServiceUserGateway";

    private DuisRequests() {}

    static RequestId requestId(String text) {
        try {
            return RequestId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DuisRefused(400, e.getMessage());
        }
    }

    /** Non-device SRs are addressed to the DSP itself. */
    static void checkTarget(RequestId requestId) {
        String dsp = DspParty.id();
        if (!requestId.target().toString().equals(dsp)) {
            throw new DuisRefused(
                    400, "the RequestID is addressed to " + requestId.target() + ", not to this DSP (" + dsp + ")");
        }
    }

    /** The element that sr:Body holds, or null when there is none. */
    static Element bodyElement(Document document) {
        NodeList bodies = document.getDocumentElement().getElementsByTagNameNS(NAMESPACE, "Body");
        if (bodies.getLength() == 0) {
            return null;
        }
        for (Node child = bodies.item(0).getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    /** The RequestID of a document not yet validated against the schema. */
    static RequestId requestId(Document document) {
        NodeList nodes = document.getDocumentElement().getElementsByTagNameNS(NAMESPACE, "RequestID");
        if (nodes.getLength() != 1) {
            throw new DuisRefused(400, "the request has no single sr:RequestID");
        }
        return requestId(nodes.item(0).getTextContent());
    }

    static BigDecimal schemaVersion(Document document) {
        try {
            return new BigDecimal(document.getDocumentElement().getAttribute("schemaVersion"));
        } catch (NumberFormatException e) {
            throw new DuisRefused(400, "the schemaVersion attribute is not a decimal");
        }
    }
}
