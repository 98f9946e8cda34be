package uk.dsp.inventory.duis.control;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;

/** The algorithms every DUIS signature uses, and nothing else is accepted. */
final class DuisSignatureProfile {

    static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String C14N = CanonicalizationMethod.EXCLUSIVE;
    static final String SIGNATURE = SignatureMethod.ECDSA_SHA256;
    static final String DIGEST = DigestMethod.SHA256;
    static final String ENVELOPED = Transform.ENVELOPED;

    private DuisSignatureProfile() {}
}
