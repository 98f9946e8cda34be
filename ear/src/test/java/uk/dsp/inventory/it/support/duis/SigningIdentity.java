package uk.dsp.inventory.it.support.duis;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A DUIS party's XML-signing key material, made fresh for a test: an EC P-256 key and a
 * self-signed certificate naming the party the way DCC certificates do, by its EUI-64 in the
 * subject's x500UniqueIdentifier (a BIT STRING of the 8 bytes).
 */
public record SigningIdentity(String partyId, PrivateKey privateKey, X509Certificate certificate) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** partyId is an EUI-64 in DUIS notation, e.g. 90-B3-D5-1F-30-01-00-00. */
    public static SigningIdentity generate(String partyId) {
        // Positive and at most 16 bytes, like the serials of real DCC certificates
        return generate(partyId, new BigInteger(127, RANDOM).add(BigInteger.ONE));
    }

    /** With a chosen serial number: a forger's certificate can copy a registered one's. */
    public static SigningIdentity generate(String partyId, BigInteger serial) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            return new SigningIdentity(partyId, keys.getPrivate(), certificate(partyId, serial, keys));
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("cannot make a signing identity for " + partyId, e);
        }
    }

    private static X509Certificate certificate(String partyId, BigInteger serial, KeyPair keys)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "DUIS test signer " + partyId)
                .addRDN(BCStyle.UNIQUE_IDENTIFIER, new DERBitString(eui64Bytes(partyId)))
                .build();
        // Yesterday, so that clock skew between this JVM and the server never makes it "not yet valid"
        Instant notBefore = Instant.now().minus(Duration.ofDays(1));
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                serial,
                Date.from(notBefore),
                Date.from(notBefore.plus(Duration.ofDays(365))),
                subject,
                keys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    static byte[] eui64Bytes(String partyId) {
        String hex = partyId.replace("-", "");
        if (hex.length() != 16) {
            throw new IllegalArgumentException("not an EUI-64: " + partyId);
        }
        return HexFormat.of().parseHex(hex);
    }

    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * PKCS#8 PEM ("BEGIN PRIVATE KEY") with \n line ends: the DCC tool strips that armour and the \n
     * and Base64-decodes the rest, so DER, SEC1 ("EC PRIVATE KEY") or CRLF crash it (exit 1).
     */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /** The DCC tool's own naming, e.g. xml-sign-90B3D51F30010000-ds. */
    public String fileName() {
        return "xml-sign-" + partyId.replace("-", "").toUpperCase() + "-ds";
    }

    /** Writes {@code <name>.pem} (certificate) and {@code <name>.key} (PKCS#8 PEM key) for the DCC tool. */
    public KeyFiles writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path cert = Files.writeString(dir.resolve(fileName() + ".pem"), certificatePem(), StandardCharsets.US_ASCII);
        Path key = Files.writeString(dir.resolve(fileName() + ".key"), privateKeyPem(), StandardCharsets.US_ASCII);
        return new KeyFiles(cert, key);
    }

    public record KeyFiles(Path certificate, Path privateKey) {}

    // By hand rather than with JcaPEMWriter, which writes EC keys as SEC1 "EC PRIVATE KEY" and
    // ends lines with the platform separator: the tool wants PKCS#8 and strips only \n.
    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Override
    public String toString() {
        // Never the key
        return "SigningIdentity[" + partyId + ", serial " + certificate.getSerialNumber() + "]";
    }
}
