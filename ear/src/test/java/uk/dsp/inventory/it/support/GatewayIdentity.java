package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A CSP gateway's TLS client key and certificate, issued for a test by the development CA that scripts/tls.sh made for
 * the server's trust store (or, for the refusals, self-signed or expired), and the TLS context that presents it.
 */
public record GatewayIdentity(PrivateKey privateKey, X509Certificate certificate, X509Certificate issuer) {

    private static final Path TLS_DIR = Path.of(System.getProperty("dsp.it.tls.dir", "target/tls"));
    /** The development authority's revocation list, which the test server's trust manager checks (DSP_CSP_CRL). */
    private static final Path CRL = TLS_DIR.resolve("csp-ca.crl");

    private static final char[] PASSWORD =
            System.getProperty("dsp.it.tls.password", "it-only-tls-password").toCharArray();

    /** Issued by the authority the HTTPS listener trusts, valid for a year. */
    public static GatewayIdentity issued(String name) {
        Instant now = Instant.now();
        return issue(name, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)));
    }

    /** Issued by the trusted authority, but it ran out yesterday. */
    public static GatewayIdentity expired(String name) {
        Instant now = Instant.now();
        return issue(name, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
    }

    /** Made by the gateway itself: no authority vouches for it. */
    public static GatewayIdentity selfSigned(String name) {
        KeyPair keys = ecKeys();
        Instant now = Instant.now();
        X509Certificate certificate = certificate(
                name,
                keys,
                subject(name),
                keys.getPrivate(),
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30)));
        return new GatewayIdentity(keys.getPrivate(), certificate, certificate);
    }

    /**
     * The environment that points a server started by run.sh at the test server's TLS stores, so that it trusts the
     * gateways {@link #issued} issues and they trust it.
     */
    public static Map<String, String> serverStores() {
        String password = new String(PASSWORD);
        return Map.of(
                "DSP_TLS_KEYSTORE",
                TLS_DIR.resolve("dsp-tls.p12").toAbsolutePath().toString(),
                "DSP_TLS_KEYSTORE_PASSWORD",
                password,
                "DSP_CSP_TRUSTSTORE",
                TLS_DIR.resolve("csp-trust.p12").toAbsolutePath().toString(),
                "DSP_CSP_TRUSTSTORE_PASSWORD",
                password,
                "DSP_CSP_CRL",
                CRL.toAbsolutePath().toString());
    }

    /**
     * Publishes the development authority's revocation list naming these certificates (none: an empty list) in place
     * of the one the server checks; the server reloads it within 15 s.
     */
    public static void publishRevocationList(GatewayIdentity... revoked) {
        try {
            KeyStore ca = load("csp-ca.p12");
            X509Certificate caCertificate = (X509Certificate) ca.getCertificate("csp-ca");
            Instant now = Instant.now();
            X509v2CRLBuilder crl = new X509v2CRLBuilder(
                    X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()), Date.from(now));
            crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(30))));
            for (GatewayIdentity identity : revoked) {
                crl.addCRLEntry(identity.certificate().getSerialNumber(), Date.from(now), CRLReason.keyCompromise);
            }
            X509CRLHolder signed = crl.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build((PrivateKey) ca.getKey("csp-ca", PASSWORD)));
            Path next = Files.createTempFile(TLS_DIR, "csp-ca", ".crl");
            try (JcaPEMWriter writer = new JcaPEMWriter(Files.newBufferedWriter(next))) {
                writer.writeObject(signed);
            }
            Files.move(next, CRL, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** TLS that presents no client certificate at all, trusting the server's. */
    public static SSLContext withoutClientCertificate() {
        return context(null);
    }

    public SSLContext sslContext() {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            Certificate[] chain = issuer.equals(certificate)
                    ? new Certificate[] {certificate}
                    : new Certificate[] {certificate, issuer};
            keys.setKeyEntry("gateway", privateKey, PASSWORD, chain);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, PASSWORD);
            return context(factory);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String pem() {
        try {
            StringWriter out = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
                writer.writeObject(certificate);
            }
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GatewayIdentity issue(String name, Instant notBefore, Instant notAfter) {
        try {
            KeyStore ca = load("csp-ca.p12");
            PrivateKey caKey = (PrivateKey) ca.getKey("csp-ca", PASSWORD);
            X509Certificate caCertificate = (X509Certificate) ca.getCertificate("csp-ca");
            KeyPair keys = ecKeys();
            X509Certificate certificate = certificate(
                    name,
                    keys,
                    X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()),
                    caKey,
                    notBefore,
                    notAfter);
            return new GatewayIdentity(keys.getPrivate(), certificate, caCertificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(
            String name, KeyPair keys, X500Name issuer, PrivateKey signer, Instant notBefore, Instant notAfter) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    issuer,
                                    new BigInteger(63, new SecureRandom()),
                                    Date.from(notBefore),
                                    Date.from(notAfter),
                                    subject(name),
                                    keys.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name subject(String name) {
        return new X500Name("CN=" + name + ",O=DSP Inventory integration tests");
    }

    /** Trusts the certificate of the server's own TLS key, as a gateway is given it. */
    private static SSLContext context(KeyManagerFactory keyManagers) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("dsp", load("dsp-tls.p12").getCertificate("dsp-tls"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(String file) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(TLS_DIR.resolve(file))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new IllegalStateException("no " + file + " in " + TLS_DIR + " (made by scripts/tls.sh)", e);
        }
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
