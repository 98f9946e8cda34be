package uk.dsp.inventory.parties.control;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import uk.dsp.inventory.dcc.Refused;

/** One X.509 certificate in PEM as an administrator registers it, for signing or for a gateway's TLS. */
public final class PemCertificate {

    private PemCertificate() {}

    /** The one certificate of a PEM block, not yet expired; anything else is refused with the reason. */
    public static X509Certificate parseCurrent(String pem, Instant now) {
        X509Certificate certificate = parse(pem);
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw Refused.invalid("certificate " + subject(certificate) + " expired on "
                    + certificate.getNotAfter().toInstant());
        }
        return certificate;
    }

    public static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }

    /** The SHA-256 of the certificate's DER encoding in lower-case hex: how a TLS peer's certificate is found. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + subject(certificate), e);
        }
    }

    private static X509Certificate parse(String pem) {
        if (pem == null || !pem.strip().startsWith("-----BEGIN CERTIFICATE-----")) {
            throw Refused.invalid("a certificate must be one PEM block starting -----BEGIN CERTIFICATE-----");
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Collection<? extends java.security.cert.Certificate> all =
                    factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (all.size() != 1) {
                throw Refused.invalid("a certificate entry must hold exactly one certificate, not " + all.size());
            }
            return (X509Certificate) all.iterator().next();
        } catch (CertificateException e) {
            throw Refused.invalid("the certificate does not parse: " + e.getMessage());
        }
    }
}
