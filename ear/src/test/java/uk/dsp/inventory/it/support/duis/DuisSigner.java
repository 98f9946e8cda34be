package uk.dsp.inventory.it.support.duis;

import java.security.GeneralSecurityException;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;

/**
 * Signs DUIS documents the way the DCC does: an enveloped, exclusive-c14n, ECDSA-SHA256 signature
 * appended as the last child of sr:Request / sr:Response, naming the certificate only by issuer
 * and serial (the verifier is expected to hold the certificate already).
 */
public final class DuisSigner {

    static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

    private final SigningIdentity identity;

    public DuisSigner(SigningIdentity identity) {
        this.identity = identity;
    }

    /** Parses, drops the indentation (see {@link DuisXml#stripIndentation}), signs and writes out as UTF-8 XML. */
    public String sign(String xml) {
        Document document = DuisXml.parse(xml);
        DuisXml.stripIndentation(document);
        return DuisXml.serialize(sign(document));
    }

    /** Signs the document in place, exactly as it stands (no whitespace normalisation), and returns it. */
    public Document sign(Document document) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference(
                    "",
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                    null,
                    null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(ECDSA_SHA256, null),
                    List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            // RFC 2253 issuer name, as the DCC tool writes it
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(keyInfos.newX509IssuerSerial(
                    identity.certificate().getIssuerX500Principal().getName(),
                    identity.certificate().getSerialNumber())))));
            // Parent = the root: the JDK appends the Signature as its last child
            DOMSignContext context = new DOMSignContext(identity.privateKey(), document.getDocumentElement());
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
            return document;
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("cannot sign as " + identity, e);
        }
    }
}
