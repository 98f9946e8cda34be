package uk.dsp.inventory.it.support.duis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Parsing and writing of DUIS documents, shared by the signer, the verifier and the hostile corpus's forger. */
public final class DuisXml {

    static final String SR = "http://www.dccinterface.co.uk/ServiceUserGateway";

    private DuisXml() {}

    /** Namespace-aware (signatures and c14n need it), with no DTDs, entities or XInclude: the input is untrusted. */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not a well-formed DUIS document: " + e.getMessage(), e);
        }
    }

    /**
     * Drops the whitespace-only text between elements. DUIS has no mixed content, and the DCC tool
     * parses with ignoringElementContentWhitespace against the schema, so it digests a document
     * without that whitespace: a signature over an indented document would not verify there.
     */
    public static void stripIndentation(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE
                    && child.getNodeValue().isBlank()
                    && node.getNodeType() == Node.ELEMENT_NODE
                    && hasElementChild(node)) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                stripIndentation(child);
            }
            child = next;
        }
    }

    private static boolean hasElementChild(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8, with a declaration but no standalone="no", and no re-indenting (that would break the signature). */
    public static String serialize(Document document) {
        try {
            document.setXmlStandalone(true);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize a DUIS document", e);
        }
    }
}
