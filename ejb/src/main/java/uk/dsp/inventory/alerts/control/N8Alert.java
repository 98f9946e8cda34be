package uk.dsp.inventory.alerts.control;

import java.time.Instant;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.dsp.inventory.contract.duis.ResponseCode;
import uk.dsp.inventory.dcc.Eui64;

/**
 * DCC Alert N8, 'device removed from inventory', as the sr:Response document DUIS defines for DCC alerts.
 * The caller signs it with the DSP's key before it is sent.
 */
public final class N8Alert {

    private static final String SR = "http://www.dccinterface.co.uk/ServiceUserGateway";

    private N8Alert() {}

    /** {@code responseId} is DSP:party:alert, so a receiver can tell alerts apart and spot a repeat. */
    public static Document document(String dspPartyId, String partyId, long alertId, Eui64 deviceId, Instant raisedAt) {
        Document document = newDocument();
        Element response = element(document, document, "Response");
        // declared, not left to the serializer: the signature's canonical form must see it
        response.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:sr", SR);
        response.setAttribute("schemaVersion", "5.1");
        Element header = element(document, response, "Header");
        text(document, header, "ResponseID", dspPartyId + ":" + partyId + ":" + alertId);
        text(document, header, "ResponseCode", ResponseCode.I_0.value());
        text(document, header, "ResponseDateTime", raisedAt.toString());
        Element message = element(document, element(document, response, "Body"), "DCCAlertMessage");
        text(document, message, "DCCAlertCode", "N8");
        Element event = element(document, element(document, message, "DCCAlert"), "DeviceStatusChangeEvent");
        text(document, event, "DeviceID", deviceId.toString());
        element(document, element(document, event, "DeviceStatusChange"), "DeviceRemovedFromInventory");
        return document;
    }

    private static Element element(Document document, org.w3c.dom.Node parent, String name) {
        Element element = document.createElementNS(SR, "sr:" + name);
        parent.appendChild(element);
        return element;
    }

    private static void text(Document document, Element parent, String name, String value) {
        element(document, parent, name).setTextContent(value);
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
