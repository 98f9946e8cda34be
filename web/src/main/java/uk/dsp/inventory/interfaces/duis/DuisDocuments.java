package uk.dsp.inventory.interfaces.duis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads DUIS documents safely and writes them back: a size cap, no DTD (so no external entity and no entity
 * expansion), and validation against our DUIS schema.
 */
final class DuisDocuments {

    /** 999 bulk return records with every optional field filled stay well under this. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Schema SCHEMA = schema();
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(DuisDocuments::builder);

    private DuisDocuments() {}

    static byte[] readCapped(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new DuisRefused(413, "a DUIS document is at most " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new DuisRefused(400, "the request body cannot be read: " + e.getMessage());
        }
    }

    static Document parse(byte[] bytes) {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new DuisRefused(400, "the document is not well-formed XML or declares a DTD: " + e.getMessage());
        } catch (IOException e) {
            throw new DuisRefused(400, "the document cannot be read: " + e.getMessage());
        }
    }

    static void validate(Document document) {
        try {
            SCHEMA.newValidator().validate(new DOMSource(document));
        } catch (SAXException e) {
            throw new DuisRefused(400, "the document does not validate against the DUIS schema: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSchema(DuisDocuments.class.getClassLoader().getResource("duis/DspDuis.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("our DUIS schema does not load", e);
        }
    }
}
