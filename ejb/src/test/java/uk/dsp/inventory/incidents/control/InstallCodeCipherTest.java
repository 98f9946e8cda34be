package uk.dsp.inventory.incidents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class InstallCodeCipherTest {

    private static final InstallCode CODE = InstallCode.parse("83FED3407A939723A5C639B26916D505C3B5");
    private static final String INCIDENT = "INC-000123";

    private final InstallCodeCipher cipher = new InstallCodeCipher(newKey());

    @Test
    void opensWhatItSealed() {
        String sealed = cipher.seal(CODE, INCIDENT);

        assertThat(sealed).startsWith("v1:").doesNotContain(CODE.value());
        assertThat(cipher.open(sealed, INCIDENT)).isEqualTo(CODE);
    }

    @Test
    void sealsTheSameCodeDifferentlyEachTime() {
        assertThat(cipher.seal(CODE, INCIDENT)).isNotEqualTo(cipher.seal(CODE, INCIDENT));
    }

    @Test
    void refusesAnAlteredValue() {
        byte[] bytes = Base64.getDecoder().decode(cipher.seal(CODE, INCIDENT).substring(3));
        for (int i : new int[] {0, 12, bytes.length - 1}) { // the IV, the ciphertext, the tag
            byte[] altered = bytes.clone();
            altered[i] ^= 1;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(altered);

            assertThatThrownBy(() -> cipher.open(tampered, INCIDENT)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesAValueSealedForAnotherRow() {
        String sealed = cipher.seal(CODE, INCIDENT);

        assertThatThrownBy(() -> cipher.open(sealed, "INC-000124"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void refusesAValueSealedWithAnotherKey() {
        String sealed = new InstallCodeCipher(newKey()).seal(CODE, INCIDENT);

        assertThatThrownBy(() -> cipher.open(sealed, INCIDENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatIsNotASealedValue() {
        assertThatThrownBy(() -> cipher.open(CODE.value(), INCIDENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.open("v1:not base64!", INCIDENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.open("v1:AAAA", INCIDENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.open(null, INCIDENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesOnlyAes256Keys() {
        assertThatThrownBy(() -> new InstallCodeCipher(new SecretKeySpec(new byte[16], "AES")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstallCodeCipher(new SecretKeySpec(new byte[32], "HmacSHA256")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
