package uk.dsp.inventory.incidents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstallCodeTest {

    private static final String ZIGBEE_EXAMPLE = "83FED3407A939723A5C639B26916D505C3B5";

    @Test
    void acceptsTheZigBeeExample() {
        assertThat(InstallCode.parse(ZIGBEE_EXAMPLE).value()).isEqualTo(ZIGBEE_EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "83fed3407a939723a5c639b26916d505c3b5",
                "83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5",
                "83-FE-D3-40-7A-93-97-23-A5-C6-39-B2-69-16-D5-05-C3-B5",
                "83:fe:d3:40:7a:93:97:23:a5:c6:39:b2:69:16:d5:05:c3:b5",
                "  83FED340-7A939723 A5C639B2:6916D505 C3B5 "
            })
    void normalisesSeparatorsAndCase(String typed) {
        assertThat(InstallCode.parse(typed).value()).isEqualTo(ZIGBEE_EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8, 12, 16})
    void acceptsEveryKeyLengthWithItsCrc(int keyBytes) {
        byte[] code = new byte[keyBytes + 2];
        for (int i = 0; i < keyBytes; i++) {
            code[i] = (byte) (0x11 + i * 37);
        }
        int crc = Crc16X25.of(code, 0, keyBytes);
        code[keyBytes] = (byte) crc;
        code[keyBytes + 1] = (byte) (crc >>> 8);
        String hex = HexFormat.of().withUpperCase().formatHex(code);

        assertThat(InstallCode.parse(hex).value()).isEqualTo(hex).hasSize(2 * (keyBytes + 2));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the short forms, with CRCs worked out apart from this code
                "111213141516DA8D",
                "1112131415161718B1B6",
                "1112131415161718191A1B1C9BBA"
            })
    void acceptsTheShortForms(String code) {
        assertThat(InstallCode.parse(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "83FED3407A939723A5C639B26916D505B5C3", // CRC bytes in the wrong order
                "83FED3407A939723A5C639B26916D505C3B6",
                "84FED3407A939723A5C639B26916D505C3B5", // a mistyped key digit
                "111213141516DA8E"
            })
    void refusesACrcThatDoesNotMatch(String code) {
        assertThatThrownBy(() -> InstallCode.parse(code))
                .isInstanceOf(InvalidInstallCode.class)
                .hasMessage("the install code's CRC does not match: check the digits");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "83FED3407A939723A5C639B26916D505C3", // 34 digits
                "83FED3407A939723A5C639B26916D505C3B500",
                "83FED3407A939723A5C639B26916D505C3B", // odd
                "C3B5",
                "1112131415161718191A1B1C" // 24: a 10-byte key
            })
    void refusesOtherLengthsNamingTheAllowedOnes(String code) {
        assertThatThrownBy(() -> InstallCode.parse(code))
                .isInstanceOf(InvalidInstallCode.class)
                .hasMessageContaining("16, 20, 28 or 36")
                .hasMessageEndingWith("not " + code.length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "83FED3407A939723A5C639B26916D505C3BG",
                "83FED3407A939723A5C639B26916D505C3B_",
                "0x83FED3407A939723A5C639B26916D505C3B5",
                "83FED3407A939723A5C639B26916D505C3B5."
            })
    void refusesNonHexadecimalCharacters(String code) {
        assertThatThrownBy(() -> InstallCode.parse(code))
                .isInstanceOf(InvalidInstallCode.class)
                .hasMessageContaining("hexadecimal digits 0-9 and A-F");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", " - : "})
    void requiresACode(String text) {
        assertThatThrownBy(() -> InstallCode.parse(text))
                .isInstanceOf(InvalidInstallCode.class)
                .hasMessage("an install code is required");
    }

    @Test
    void isValidatedHoweverItIsMade() {
        assertThatThrownBy(() -> new InstallCode("83FED3407A939723A5C639B26916D505C3B6"))
                .isInstanceOf(InvalidInstallCode.class);
        assertThat(new InstallCode("83fe-d340-7a93-9723-a5c6-39b2-6916-d505-c3b5"))
                .isEqualTo(InstallCode.parse(ZIGBEE_EXAMPLE));
    }

    @Test
    void neitherItsTextNorItsErrorsRevealTheCode() {
        assertThat(InstallCode.parse(ZIGBEE_EXAMPLE).toString())
                .isEqualTo("InstallCode[****]")
                .doesNotContain("83FE");
        assertThatThrownBy(() -> InstallCode.parse("83FED3407A939723A5C639B26916D505C3B6"))
                .message()
                .doesNotContain("83FE");
    }
}
