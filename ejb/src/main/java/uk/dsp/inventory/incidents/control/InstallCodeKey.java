package uk.dsp.inventory.incidents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import uk.dsp.inventory.platform.resources.GeneratedSecrets;

/**
 * The AES-256 key that seals install codes at rest, kept outside the database: the file named by the system
 * property {@code dsp.install-code-key} (from {@code DSP_INSTALL_CODE_KEY}, base64 of 32 bytes), or one generated at
 * first start in the server's data directory, readable by its owner only. A database copy alone reveals no code.
 */
@ApplicationScoped
public class InstallCodeKey {

    private static final Logger LOG = Logger.getLogger(InstallCodeKey.class.getName());

    private InstallCodeCipher cipher;

    @PostConstruct
    void load() {
        String configured = System.getProperty("dsp.install-code-key", "");
        try {
            Path file = configured.isBlank()
                    ? GeneratedSecrets.underLock(InstallCodeKey::generatedIn)
                    : Path.of(configured);
            if (!Files.exists(file)) {
                throw new IllegalStateException("dsp.install-code-key names " + file + ", which does not exist");
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length != 32) {
                throw new IllegalStateException(file + " does not hold a 256-bit key in base64");
            }
            cipher = new InstallCodeCipher(new SecretKeySpec(key, "AES"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the install code key: " + e.getMessage(), e);
        }
    }

    private static Path generatedIn(Path directory) throws IOException {
        Path file = directory.resolve("install-code.key");
        if (!Files.exists(file)) {
            generate(file);
        }
        return file;
    }

    public InstallCodeCipher cipher() {
        return cipher;
    }

    private static void generate(Path file) throws IOException {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey key = generator.generateKey();
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key.getEncoded()));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warning("cannot restrict the permissions of " + file);
            }
            LOG.warning(() -> "No DSP_INSTALL_CODE_KEY is configured: generated the install code key in " + file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
