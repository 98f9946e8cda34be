package uk.dsp.inventory.it.support;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates made for a test: the keys a Service User would register, good and bad. */
public final class Certificates {

    private Certificates() {}

    public static String p256(String subject) {
        return pem(
                ecKeys("secp256r1"), "SHA256withECDSA", subject, Instant.now().plus(Duration.ofDays(365)));
    }

    public static String p384(String subject) {
        return pem(
                ecKeys("secp384r1"), "SHA384withECDSA", subject, Instant.now().plus(Duration.ofDays(365)));
    }

    public static String rsa(String subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return pem(
                    generator.generateKeyPair(),
                    "SHA256withRSA",
                    subject,
                    Instant.now().plus(Duration.ofDays(365)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String expiredP256(String subject) {
        return pem(
                ecKeys("secp256r1"), "SHA256withECDSA", subject, Instant.now().minus(Duration.ofDays(1)));
    }

    private static KeyPair ecKeys(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keys, String algorithm, String subject, Instant notAfter) {
        try {
            X500Name name = new X500Name("CN=" + subject + ",O=DSP Inventory integration tests");
            Instant notBefore = notAfter.minus(Duration.ofDays(400));
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                            name,
                            new BigInteger(63, new SecureRandom()),
                            Date.from(notBefore),
                            Date.from(notAfter),
                            name,
                            keys.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
            StringWriter out = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
                writer.writeObject(holder);
            }
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
