package uk.dsp.inventory.incidents.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Keeps install codes encrypted at rest, with AES-256-GCM and a fresh random 12-byte IV for every value. The stored
 * form is one string, {@code v1:} and the Base64 of the IV followed by the ciphertext and its tag, so that a later key
 * can be told by its prefix. The caller names a context, the id of the row the value belongs to; it is authenticated
 * with the value, so a sealed code copied to another row no longer opens. Safe to share between threads.
 */
public class InstallCodeCipher {

    private static final String VERSION = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public InstallCodeCipher(SecretKey key) {
        Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        // A key held in a token may not reveal its bytes; one that does must be AES-256
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || (encoded != null && encoded.length != KEY_BYTES)) {
            throw new IllegalArgumentException("an install code key is a 256-bit AES key");
        }
        this.key = key;
    }

    public String seal(InstallCode code, String context) {
        Objects.requireNonNull(code, "code");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, context, code.value().getBytes(StandardCharsets.US_ASCII));
        return VERSION
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                                .put(iv)
                                .put(sealed)
                                .array());
    }

    /**
     * The install code sealed for {@code context}; refused with {@link IllegalArgumentException} when it was sealed
     * for another context or key, or altered.
     */
    public InstallCode open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a sealed install code of version " + VERSION);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sealed install code is not Base64", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a sealed install code is too short");
        }
        byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return InstallCode.parse(
                new String(crypt(Cipher.DECRYPT_MODE, iv, context, ciphertext), StandardCharsets.US_ASCII));
    }

    private byte[] crypt(int mode, byte[] iv, String context, byte[] input) {
        Objects.requireNonNull(context, "context");
        try {
            // A Cipher is not thread-safe and cheap to make: one per call
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("the sealed install code does not open with this key and context", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
