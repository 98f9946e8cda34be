package uk.dsp.inventory.interfaces.duis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import uk.dsp.inventory.duis.control.DuisRefused;
import uk.dsp.inventory.duis.control.DuisSchema;

/**
 * Reads a DUIS document safely: a size cap, no DTD (so no external entity and no entity expansion), a depth and an
 * attribute limit. Everything after the parse is the core's ({@code duis.boundary.ServiceRequests}).
 */
final class DuisDocuments {

    /** 999 bulk return records with every optional field filled stay well under this. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /**
     * Deeper than any DUIS document (a signature is seven levels below the root): the parser refuses more, before
     * anything recursive (the schema validator, the unmarshaller, the signature's canonicaliser) walks the tree.
     */
    static final int MAX_DEPTH = 64;
    /** No DUIS element has more than a few attributes. */
    static final int MAX_ATTRIBUTES = 64;

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning refuses nothing
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
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
        // Without a handler the parser also prints every error to stderr, which the server logs as ERROR: anyone could
        // fill the log with their own text. The exception thrown carries the problem to the caller instead.
        builder.setErrorHandler(QUIET);
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new DuisRefused(
                    400,
                    "the document is not well-formed XML, declares a DTD, or is nested deeper than " + MAX_DEPTH
                            + " levels: " + DuisSchema.excerpt(e.getMessage()));
        } catch (IOException e) {
            throw new DuisRefused(400, "the document cannot be read: " + e.getMessage());
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
            factory.setAttribute(
                    "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
            factory.setAttribute(
                    "http://www.oracle.com/xml/jaxp/properties/elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
