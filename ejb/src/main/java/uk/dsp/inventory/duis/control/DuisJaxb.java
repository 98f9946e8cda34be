package uk.dsp.inventory.duis.control;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.dsp.inventory.contract.duis.ObjectFactory;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;

/** Our DUIS schema's classes to and from DOM: requests are verified and responses signed as DOM documents. */
public final class DuisJaxb {

    private static final JAXBContext CONTEXT = context();
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(DuisJaxb::builder);

    private DuisJaxb() {}

    public static Request request(Document document) {
        try {
            return CONTEXT.createUnmarshaller()
                    .unmarshal(document, Request.class)
                    .getValue();
        } catch (JAXBException e) {
            throw new DuisRefused(400, "the request cannot be read: " + e.getMessage());
        }
    }

    public static Document document(Response response) {
        try {
            Document document = BUILDERS.get().newDocument();
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, false);
            marshaller.marshal(new ObjectFactory().createResponse(response), document);
            useDuisPrefix(document);
            return document;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write a DUIS response", e);
        }
    }

    /** DUIS documents are written with the prefix sr, as every DUIS example and client has them. */
    private static void useDuisPrefix(Document document) {
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI();
        NodeList elements = document.getElementsByTagNameNS(namespace, "*");
        for (int i = 0; i < elements.getLength(); i++) {
            elements.item(i).setPrefix("sr");
        }
        root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:sr", namespace);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
