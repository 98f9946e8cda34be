package uk.dsp.inventory.duis.control;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.dcc.RequestId;

/** What the envelope reads of a request before it is trusted: its RequestID, its target, its body element. */
final class RequestEnvelope {

    static final String NAMESPACE = "http://www.dccinterface.co.uk/ServiceUserGateway";

    private RequestEnvelope() {}

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

    /** Only an sr:Request is served: a document of another kind (an sr:Response, say) gets no signed answer. */
    static void checkRoot(Document document) {
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"Request".equals(root.getLocalName())) {
            throw new DuisRefused(400, "the document is not an sr:Request");
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
}
