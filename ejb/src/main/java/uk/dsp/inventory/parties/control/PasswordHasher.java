package uk.dsp.inventory.parties.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 hashes of gateway passwords, stored as {@code pbkdf2-sha256$iterations$salt$hash}.
 * A deliberately slow hash would make every N3 call slow, so a successful check is remembered, keyed by the
 * stored hash and a digest of the presented password: a changed password or hash finds no entry.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int MAX_REMEMBERED = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return String.join(
                "$", SCHEME, Integer.toString(ITERATIONS), encode(salt), encode(derive(password, salt, ITERATIONS)));
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String key = storedHash + '|' + encode(sha256(password));
        if (verified.containsKey(key)) {
            return true;
        }
        boolean matches = computeMatch(password, storedHash);
        if (matches) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, Boolean.TRUE);
        }
        return matches;
    }

    private static boolean computeMatch(String password, String storedHash) {
        String[] parts = storedHash.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    private static byte[] sha256(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
