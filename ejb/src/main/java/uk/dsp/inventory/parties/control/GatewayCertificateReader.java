package uk.dsp.inventory.parties.control;

import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.parties.entity.GatewayCertificate;

/**
 * Reads a CSP gateway's TLS client certificate: one X.509 certificate, not expired, with an EC key or an RSA key of
 * at least 2048 bits. Its issuer is checked by the HTTPS listener's trust store at every connection, not here.
 */
public class GatewayCertificateReader {

    static final int MIN_RSA_BITS = 2048;

    public GatewayCertificate read(String pem, Instant now) {
        X509Certificate certificate = PemCertificate.parseCurrent(pem, now);
        boolean strongKey = certificate.getPublicKey() instanceof ECPublicKey
                || certificate.getPublicKey() instanceof RSAPublicKey rsa
                        && rsa.getModulus().bitLength() >= MIN_RSA_BITS;
        if (!strongKey) {
            throw Refused.invalid("gateway certificate " + PemCertificate.subject(certificate)
                    + " must hold an EC key or an RSA key of at least " + MIN_RSA_BITS + " bits");
        }
        return new GatewayCertificate(
                PemCertificate.fingerprint(certificate),
                PemCertificate.subject(certificate),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                pem.strip());
    }
}
