package uk.dsp.inventory.duis.control;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.keyinfo.X509IssuerSerial;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the enveloped signature of a DUIS document. The key comes from the certificate the caller
 * registered under the serial number the signature names, never from the document; only the DUIS
 * algorithms are accepted, and the signature must cover the whole document.
 */
public class SignatureVerifier {

    private static final int MAX_SERIAL_DIGITS = 49;

    /** Returns the certificate that verified the signature; {@code certificates} finds one by serial number. */
    public X509Certificate verify(Document document, Function<BigInteger, X509Certificate> certificates) {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM"); // not thread-safe: one per call
        Element signatureElement = lastChildSignature(document.getDocumentElement());
        requireShortSerialNumbers(signatureElement);
        XMLSignature signature = unmarshal(factory, signatureElement);
        checkProfile(signature.getSignedInfo());
        BigInteger serial = serialNumber(signature);
        X509Certificate certificate = certificates.apply(serial);
        if (certificate == null) {
            throw new SignatureRefused(SignatureRefused.NOT_REGISTERED);
        }
        DOMValidateContext context = new DOMValidateContext(certificate.getPublicKey(), signatureElement);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        boolean valid;
        try {
            valid = signature.validate(context);
        } catch (XMLSignatureException | RuntimeException e) {
            throw new SignatureRefused("the signature cannot be checked", e);
        }
        if (!valid) {
            throw new SignatureRefused(
                    "the signature does not verify: the document was changed or signed with another key");
        }
        return certificate;
    }

    private static Element lastChildSignature(Element root) {
        Node last = root.getLastChild();
        while (last != null && last.getNodeType() != Node.ELEMENT_NODE) {
            last = last.getPreviousSibling();
        }
        if (last == null
                || !DuisSignatureProfile.DSIG_NS.equals(last.getNamespaceURI())
                || !"Signature".equals(last.getLocalName())) {
            throw new SignatureRefused("the document is not signed: its last element must be ds:Signature");
        }
        if (root.getElementsByTagNameNS(DuisSignatureProfile.DSIG_NS, "Signature")
                        .getLength()
                != 1) {
            throw new SignatureRefused("the document holds more than one ds:Signature");
        }
        return (Element) last;
    }

    /**
     * RFC 5280 serial numbers are at most 20 octets, 49 decimal digits. Unmarshalling parses them into BigIntegers in
     * time that grows with the square of their length, before anyone is trusted: a longer one is refused unread.
     */
    private static void requireShortSerialNumbers(Element signatureElement) {
        NodeList serials = signatureElement.getElementsByTagNameNS(DuisSignatureProfile.DSIG_NS, "X509SerialNumber");
        for (int i = 0; i < serials.getLength(); i++) {
            if (serials.item(i).getTextContent().strip().length() > MAX_SERIAL_DIGITS) {
                throw new SignatureRefused(
                        "X509SerialNumber is longer than " + MAX_SERIAL_DIGITS + " digits (20 octets, RFC 5280)");
            }
        }
    }

    private static XMLSignature unmarshal(XMLSignatureFactory factory, Element signatureElement) {
        try {
            return factory.unmarshalXMLSignature(new DOMStructure(signatureElement));
        } catch (MarshalException | RuntimeException e) {
            throw new SignatureRefused("the ds:Signature is malformed", e);
        }
    }

    private static void checkProfile(SignedInfo signedInfo) {
        require(
                DuisSignatureProfile.C14N.equals(
                        signedInfo.getCanonicalizationMethod().getAlgorithm()),
                "canonicalisation must be exclusive c14n");
        require(
                DuisSignatureProfile.SIGNATURE.equals(
                        signedInfo.getSignatureMethod().getAlgorithm()),
                "the signature method must be ECDSA-SHA256");
        List<?> references = signedInfo.getReferences();
        require(references.size() == 1, "the signature must have exactly one reference");
        Reference reference = (Reference) references.get(0);
        require("".equals(reference.getURI()), "the reference must be URI=\"\", the whole document");
        require(
                DuisSignatureProfile.DIGEST.equals(reference.getDigestMethod().getAlgorithm()),
                "the digest must be SHA-256");
        List<?> transforms = reference.getTransforms();
        require(
                transforms.size() == 1
                        && DuisSignatureProfile.ENVELOPED.equals(((Transform) transforms.get(0)).getAlgorithm()),
                "the only transform must be the enveloped signature");
    }

    private static BigInteger serialNumber(XMLSignature signature) {
        require(signature.getKeyInfo() != null, "the signature has no KeyInfo");
        for (Object info : signature.getKeyInfo().getContent()) {
            if (info instanceof X509Data data) {
                for (Object item : data.getContent()) {
                    if (item instanceof X509IssuerSerial issuerSerial) {
                        return issuerSerial.getSerialNumber();
                    }
                }
            }
        }
        throw new SignatureRefused("the signature names no certificate: KeyInfo/X509Data/X509IssuerSerial is required");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new SignatureRefused("the signature does not follow the DUIS profile: " + problem);
        }
    }
}
