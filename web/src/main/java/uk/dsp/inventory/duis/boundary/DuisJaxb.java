package uk.dsp.inventory.duis.boundary;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import uk.dsp.inventory.contract.duis.ObjectFactory;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;

/** Our DUIS schema's classes to and from DOM: requests are verified and responses signed as DOM documents. */
final class DuisJaxb {

    private static final JAXBContext CONTEXT = context();

    private DuisJaxb() {
    }

    static Request request(Document document) {
        try {
            return CONTEXT.createUnmarshaller().unmarshal(document, Request.class).getValue();
        } catch (JAXBException e) {
            throw new DuisRefused(400, "the request cannot be read: " + e.getMessage());
        }
    }

    static Document document(Response response) {
        try {
            DocumentBuilder builder = DuisDocuments.builder();
            Document document = builder.newDocument();
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, false);
            marshaller.marshal(new ObjectFactory().createResponse(response), document);
            return document;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write a DUIS response", e);
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
