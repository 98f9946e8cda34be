package uk.dsp.inventory.duis.control;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;

/**
 * Signs a DUIS document the DUIS way: an enveloped signature over the whole document, appended as the
 * root's last child, naming the signer's certificate by issuer and serial number only.
 */
public class DuisSigner {

    public void sign(Document document, PrivateKey key, X509Certificate certificate) {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM"); // not thread-safe: one per call
        try {
            Reference reference = factory.newReference(
                    "",
                    factory.newDigestMethod(DuisSignatureProfile.DIGEST, null),
                    List.of(factory.newTransform(DuisSignatureProfile.ENVELOPED, (TransformParameterSpec) null)),
                    null,
                    null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(DuisSignatureProfile.C14N, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(DuisSignatureProfile.SIGNATURE, null),
                    List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(keyInfos.newX509IssuerSerial(
                    certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber())))));
            DOMSignContext context = new DOMSignContext(key, document.getDocumentElement());
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("cannot sign a DUIS document", e);
        }
    }
}
