package uk.dsp.inventory.parties.control;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.time.Instant;
import java.util.Collection;
import uk.dsp.inventory.parties.entity.SigningCertificate;

/** Reads a PEM signing certificate and checks that DUIS can use it: one X.509 certificate, ECDSA P-256, not expired. */
public class SigningCertificateReader {

    private static final ECParameterSpec P256 = p256();

    public SigningCertificate read(String pem, Instant now) {
        X509Certificate certificate = parse(pem);
        if (!(certificate.getPublicKey() instanceof ECPublicKey key) || !isP256(key.getParams())) {
            throw RegistrationRefused.invalid("certificate "
                    + certificate.getSubjectX500Principal().getName() + " does not hold an ECDSA P-256 key");
        }
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw RegistrationRefused.invalid(
                    "certificate " + certificate.getSubjectX500Principal().getName() + " expired on "
                            + certificate.getNotAfter().toInstant());
        }
        return new SigningCertificate(
                certificate.getSerialNumber().toString(16).toUpperCase(),
                certificate.getSubjectX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                pem.strip());
    }

    private static X509Certificate parse(String pem) {
        if (pem == null || !pem.strip().startsWith("-----BEGIN CERTIFICATE-----")) {
            throw RegistrationRefused.invalid(
                    "a certificate must be one PEM block starting -----BEGIN CERTIFICATE-----");
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Collection<? extends java.security.cert.Certificate> all =
                    factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (all.size() != 1) {
                throw RegistrationRefused.invalid(
                        "a certificate entry must hold exactly one certificate, not " + all.size());
            }
            return (X509Certificate) all.iterator().next();
        } catch (CertificateException e) {
            throw RegistrationRefused.invalid("the certificate does not parse: " + e.getMessage());
        }
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
