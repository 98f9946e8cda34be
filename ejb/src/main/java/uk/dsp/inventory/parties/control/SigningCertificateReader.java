package uk.dsp.inventory.parties.control;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.time.Instant;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.parties.entity.SigningCertificate;

/** Reads a PEM signing certificate and checks that DUIS can use it: one X.509 certificate, ECDSA P-256, not expired. */
public class SigningCertificateReader {

    private static final ECParameterSpec P256 = p256();

    public SigningCertificate read(String pem, Instant now) {
        X509Certificate certificate = PemCertificate.parseCurrent(pem, now);
        if (!(certificate.getPublicKey() instanceof ECPublicKey key) || !isP256(key.getParams())) {
            throw Refused.invalid(
                    "certificate " + PemCertificate.subject(certificate) + " does not hold an ECDSA P-256 key");
        }
        return new SigningCertificate(
                certificate.getSerialNumber().toString(16).toUpperCase(),
                PemCertificate.subject(certificate),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                pem.strip());
    }

    private static boolean isP256(ECParameterSpec params) {
        return params.getCurve().equals(P256.getCurve())
                && params.getGenerator().equals(P256.getGenerator())
                && params.getOrder().equals(P256.getOrder());
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no secp256r1", e);
        }
    }
}
