package uk.dsp.inventory.it.support.duis;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the signature of a signed DUIS document against the certificate the test expects it to
 * have been made with. The document is verified exactly as given (no whitespace normalisation).
 */
public final class DuisVerifier {

    private DuisVerifier() {}

    /**
     * True when the signature verifies with the certificate's key; false when the document or the
     * signature has been altered. Throws when there is no usable signature at all, or when it
     * names another certificate, so that a test failure says which.
     */
    public static boolean verify(String signedXml, X509Certificate certificate) {
        Document document = DuisXml.parse(signedXml);
        Element signature = signature(document);
        BigInteger serial = serial(signature);
        if (!certificate.getSerialNumber().equals(serial)) {
            throw new IllegalArgumentException(
                    "DUIS signature names certificate serial " + serial + ", not " + certificate.getSerialNumber());
        }
        DOMValidateContext context = new DOMValidateContext(certificate.getPublicKey(), signature);
        // Refuses weak algorithms, too many references or transforms, and the like
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignature xmlSignature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            String method = xmlSignature.getSignedInfo().getSignatureMethod().getAlgorithm();
            if (!DuisSigner.ECDSA_SHA256.equals(method)) {
                throw new IllegalArgumentException("DUIS signature method is " + method + ", not ECDSA-SHA256");
            }
            for (Object reference : xmlSignature.getSignedInfo().getReferences()) {
                if (!"".equals(((Reference) reference).getURI())) {
                    throw new IllegalArgumentException("DUIS signature does not cover the whole document (URI "
                            + ((Reference) reference).getURI() + ")");
                }
            }
            return xmlSignature.validate(context);
        } catch (MarshalException | XMLSignatureException e) {
            throw new IllegalArgumentException("DUIS signature cannot be checked: " + e.getMessage(), e);
        }
    }

    /** The one ds:Signature, which DUIS puts last in the root. */
    private static Element signature(Document document) {
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            throw new IllegalArgumentException(
                    "DUIS document has " + signatures.getLength() + " ds:Signature elements, not 1");
        }
        Element signature = (Element) signatures.item(0);
        Element root = document.getDocumentElement();
        if (signature.getParentNode() != root || lastElementChild(root) != signature) {
            throw new IllegalArgumentException("ds:Signature is not the last child of " + root.getTagName());
        }
        return signature;
    }

    private static Node lastElementChild(Element element) {
        Node last = element.getLastChild();
        while (last != null && last.getNodeType() != Node.ELEMENT_NODE) {
            last = last.getPreviousSibling();
        }
        return last;
    }

    private static BigInteger serial(Element signature) {
        NodeList serials = signature.getElementsByTagNameNS(XMLSignature.XMLNS, "X509SerialNumber");
        if (serials.getLength() != 1) {
            throw new IllegalArgumentException("DUIS signature has no KeyInfo/X509Data/X509IssuerSerial");
        }
        try {
            return new BigInteger(serials.item(0).getTextContent().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "X509SerialNumber is not a number: " + serials.item(0).getTextContent());
        }
    }
}
