package uk.dsp.inventory.platform.tls;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Every 15 seconds, on every node, the revocation list the gateways' trust manager checks ({@code DSP_CSP_CRL}) is
 * looked at; when the file changed (and once at deployment, for a change since the server read it at boot), the server
 * reloads it, so that a certificate the DCC revoked is refused at the next handshake without a restart. The operator's
 * job (or the DCC's distribution) writes the file; a file that is not a valid CRL is not loaded, the previous list
 * staying in force, and a list past its next update is warned of: it refuses every certificate of its authority.
 */
@Singleton
public class RevocationListWatch {

    private static final Logger LOG = Logger.getLogger(RevocationListWatch.class.getName());
    private static final String TRUST_MANAGER = "jboss.as:subsystem=elytron,trust-manager=cspTrustTM";

    /** The file's time when the server last loaded it; none yet in this deployment. */
    private FileTime loaded;

    /**
     * The reload is a management operation, which waits for the server's management lock. An undeploy holds that lock
     * while it waits for this bean's running timer to end: reloading on the timer's own thread deadlocked them (the
     * undeploy timed out and left the deployment half removed). On another thread, the timer ends at once.
     */
    @Resource
    ManagedExecutorService executor;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        String configured = System.getProperty("dsp.tls.crl", "");
        if (configured.isBlank()) {
            return;
        }
        Path file = Path.of(configured);
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            LOG.warning(() -> "The CSP gateways' revocation list " + file + " cannot be read: " + e.getMessage());
            return;
        }
        if (!modified.equals(loaded)) {
            loaded = modified;
            read(file).ifPresent(crl -> executor.execute(() -> reload(file, crl)));
        }
    }

    private static Optional<X509CRL> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of((X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warning(() -> "The CSP gateways' revocation list " + file + " is not a CRL, so not loaded (the previous"
                    + " one stays in force): " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void reload(Path file, X509CRL crl) {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(new ObjectName(TRUST_MANAGER), "reloadCertificateRevocationList", null, null);
            int revoked = crl.getRevokedCertificates() == null
                    ? 0
                    : crl.getRevokedCertificates().size();
            LOG.info(() -> "Reloaded the CSP gateways' revocation list " + file + ": " + revoked
                    + " certificates revoked by " + crl.getIssuerX500Principal().getName() + ", next update "
                    + (crl.getNextUpdate() == null
                            ? "none"
                            : crl.getNextUpdate().toInstant()));
            if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(Instant.now())) {
                LOG.warning(() -> "The CSP gateways' revocation list " + file + " is past its next update: every"
                        + " certificate of its authority is refused until a current one is written there");
            }
        } catch (JMException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The CSP gateways' revocation list " + file + " was not reloaded: the previous one"
                            + " stays in force",
                    e);
        }
    }
}
