package uk.dsp.inventory.parties.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("a long gateway secret");

        assertThat(hasher.matches("a long gateway secret", stored)).isTrue();
        assertThat(hasher.matches("a long gateway secreT", stored)).isFalse();
        assertThat(hasher.matches("", stored)).isFalse();
    }

    @Test
    void saltsEveryHashAndNeverStoresThePassword() {
        String first = hasher.hash("a long gateway secret");
        String second = hasher.hash("a long gateway secret");

        assertThat(first)
                .isNotEqualTo(second)
                .doesNotContain("a long gateway secret")
                .startsWith("pbkdf2-sha256");
    }

    @Test
    void aRememberedCheckDoesNotOutliveAPasswordChange() {
        String old = hasher.hash("the old gateway secret");
        assertThat(hasher.matches("the old gateway secret", old)).isTrue();

        String changed = hasher.hash("the new gateway secret");

        assertThat(hasher.matches("the old gateway secret", changed)).isFalse();
        assertThat(hasher.matches("the new gateway secret", changed)).isTrue();
    }

    @Test
    void noStoredHashMatchesNothing() {
        assertThat(hasher.matches("anything at all", null)).isFalse();
        assertThat(hasher.matches("anything at all", "not-a-hash")).isFalse();
    }
}
