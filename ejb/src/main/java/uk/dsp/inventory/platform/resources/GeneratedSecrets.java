package uk.dsp.inventory.platform.resources;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;

/**
 * Where the secrets a server generates at its first start are kept when none is configured (the DSP's signing key, the
 * install-code key): {@code dsp.secrets-dir}, by default the server's data directory; the nodes of a cluster on one
 * machine share one (run.sh). Generating takes the directory's lock, so that two nodes starting together make one
 * secret and the second reads it.
 */
public final class GeneratedSecrets {

    /** Loads a secret from the directory, or generates it there. */
    public interface LoadOrGenerate<T> {
        T in(Path directory) throws IOException, GeneralSecurityException;
    }

    private GeneratedSecrets() {}

    /** Holding the directory's lock: other processes wait on the file lock, this one's threads on the class. */
    public static synchronized <T> T underLock(LoadOrGenerate<T> action) throws IOException, GeneralSecurityException {
        Path directory = Path.of(System.getProperty(
                "dsp.secrets-dir",
                Path.of(System.getProperty("jboss.server.data.dir", "."), "dsp").toString()));
        Files.createDirectories(directory);
        try (FileChannel channel =
                FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                return action.in(directory);
            } finally {
                lock.release();
            }
        }
    }
}
