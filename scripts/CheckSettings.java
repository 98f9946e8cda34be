import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The settings run.sh is given, checked before the server starts, so that one that cannot work is told in one
 * line rather than found in the server log: the database reachable with its user and password (an empty password
 * is valid, as with trust authentication), the keystore present, the HTTPS listener's stores opening with their
 * passwords (a store the server cannot open would leave the listener without a key or trusting nobody, silently),
 * the DSP's party ID an EUI-64.
 */
public class CheckSettings {

    public static void main(String[] args) {
        String problem = database();
        if (problem == null) {
            problem = keystore();
        }
        if (problem == null) {
            problem = tlsStores();
        }
        if (problem == null) {
            problem = partyId();
        }
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
    }

    private static String database() {
        String url = env("DSP_DB_URL", "jdbc:postgresql://127.0.0.1:5432/dsp");
        String user = env("DSP_DB_USER", "postgres");
        String password = env("DSP_DB_PASSWORD", "postgres");
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return "The database " + url + " cannot be used as " + user + ": " + e.getMessage().lines().findFirst().orElse("")
                    + " (set DSP_DB_URL, DSP_DB_USER, DSP_DB_PASSWORD)";
        }
    }

    private static String keystore() {
        String keystore = env("DSP_KEYSTORE", "");
        if (keystore.isEmpty()) {
            return null;
        }
        if (!Files.isReadable(Path.of(keystore))) {
            return "DSP_KEYSTORE names " + keystore + ", which is not a readable file";
        }
        return env("DSP_KEYSTORE_PASSWORD", "").isEmpty() ? "DSP_KEYSTORE is set but DSP_KEYSTORE_PASSWORD is not" : null;
    }

    private static String tlsStores() {
        boolean key = !env("DSP_TLS_KEYSTORE", "").isEmpty();
        boolean trust = !env("DSP_CSP_TRUSTSTORE", "").isEmpty();
        if (key != trust) {
            return "Set DSP_TLS_KEYSTORE and DSP_CSP_TRUSTSTORE together (the HTTPS listener needs both), or neither";
        }
        String problem = key ? store("DSP_TLS_KEYSTORE") : null;
        return problem != null || !trust ? problem : store("DSP_CSP_TRUSTSTORE");
    }

    private static String store(String name) {
        String file = env(name, "");
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, env(name + "_PASSWORD", "").toCharArray());
            return store.size() > 0 ? null : name + " " + file + " holds nothing";
        } catch (IOException | GeneralSecurityException e) {
            return name + " " + file + " does not open as PKCS#12 with " + name + "_PASSWORD: " + e.getMessage();
        }
    }

    private static String partyId() {
        String id = System.getenv("DSP_PARTY_ID");
        return id == null || id.matches("([0-9A-F]{2}-){7}[0-9A-F]{2}") ? null
                : "DSP_PARTY_ID " + id + " is not an EUI-64 such as 90-B3-D5-1F-30-00-00-02 (upper-case hex)";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
