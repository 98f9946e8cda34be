package uk.dsp.inventory.duis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.duis.control.DuisSigner;
import uk.dsp.inventory.duis.control.SelfSignedDspCertificate;
import uk.dsp.inventory.platform.resources.GeneratedSecrets;

/**
 * The DSP's own signing key, which signs every DUIS response and DCC alert. It comes from the PKCS#12
 * keystore named by the system properties {@code dsp.keystore} and {@code dsp.keystore.password} (set by
 * {@code configure-server.cli} from {@code DSP_KEYSTORE} and {@code DSP_KEYSTORE_PASSWORD}); when no keystore is
 * named, a key and a self-signed certificate are generated at first start into the server's data directory.
 */
@Startup
@Singleton
@Lock(LockType.READ)
public class DspSigningKey {

    private static final Logger LOG = Logger.getLogger(DspSigningKey.class.getName());
    private static final String ALIAS = "dsp-signing";

    private PrivateKey key;
    private X509Certificate certificate;
    private final DuisSigner signer = new DuisSigner();

    @PostConstruct
    void load() {
        String configured = System.getProperty("dsp.keystore", "");
        try {
            if (!configured.isBlank()) {
                String password = System.getProperty("dsp.keystore.password", "");
                if (password.isEmpty()) {
                    throw new IllegalStateException(
                            "dsp.keystore (DSP_KEYSTORE) is set but dsp.keystore.password (DSP_KEYSTORE_PASSWORD) is not");
                }
                loadFrom(Path.of(configured), password.toCharArray());
            } else {
                GeneratedSecrets.underLock(directory -> {
                    loadOrGenerate(directory);
                    return directory;
                });
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the DSP's signing key", e);
        }
        LOG.info(() -> "DUIS responses are signed with certificate serial "
                + certificate.getSerialNumber().toString(16).toUpperCase() + " ("
                + certificate.getSubjectX500Principal().getName() + ")");
    }

    public void sign(Document document) {
        signer.sign(document, key, certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate as PEM, for Service Users to verify what the DSP signs. */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void loadFrom(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        String alias = store.containsAlias(ALIAS)
                ? ALIAS
                : Collections.list(store.aliases()).stream()
                        .filter(a -> isKeyEntry(store, a))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(keystore + " holds no private key"));
        key = (PrivateKey) store.getKey(alias, password);
        certificate = (X509Certificate) store.getCertificate(alias);
    }

    private void loadOrGenerate(Path directory) throws IOException, GeneralSecurityException {
        Path keystore = directory.resolve("dsp-signing.p12");
        Path passwordFile = directory.resolve("dsp-signing.password");
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            loadFrom(keystore, Files.readString(passwordFile).strip().toCharArray());
            return;
        }
        Files.createDirectories(directory);
        char[] password = generatedPassword();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X509Certificate issued = new SelfSignedDspCertificate().issue(keys, Eui64.parse(DspParty.id()), Instant.now());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] {issued});
        Files.writeString(passwordFile, new String(password));
        setOwnerOnly(passwordFile);
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password);
        }
        setOwnerOnly(keystore);
        key = keys.getPrivate();
        certificate = issued;
        LOG.warning(() -> "No DSP_KEYSTORE is configured: generated a self-signed DSP signing key in " + keystore);
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static char[] generatedPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
        }
    }
}
