package uk.dsp.inventory.firmware.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirmwareVersionsTest {

    @Test
    void numericPartsCompareAsNumbers() {
        assertThat(FirmwareVersions.isDowngrade("1.10.0", "1.9.3")).isTrue();
        assertThat(FirmwareVersions.isDowngrade("1.9.3", "1.10.0")).isFalse();
        assertThat(FirmwareVersions.isDowngrade("2.0", "2.0.1")).isFalse();
        assertThat(FirmwareVersions.isDowngrade("2.0.1", "2.0")).isTrue();
    }

    @Test
    void separatorsAndCaseDoNotMatter() {
        assertThat(FirmwareVersions.ORDER.compare("R2-03_A", "r2.03.a")).isZero();
        assertThat(FirmwareVersions.isDowngrade("R2.03", "R2.03")).isFalse();
    }

    @Test
    void aVersionLooksLikeTheN3SchemasVersion() {
        assertThat(FirmwareVersions.isValid("1.2.3")).isTrue();
        assertThat(FirmwareVersions.isValid("FW 10-2_b")).isTrue();
        assertThat(FirmwareVersions.isValid(".1")).isFalse();
        assertThat(FirmwareVersions.isValid("1.2;drop")).isFalse();
        assertThat(FirmwareVersions.isValid("1".repeat(41))).isFalse();
        assertThat(FirmwareVersions.isValid(null)).isFalse();
    }

    @Test
    void anUnknownCurrentVersionIsNoDowngrade() {
        assertThat(FirmwareVersions.isDowngrade(null, "1.0")).isFalse();
    }
}
