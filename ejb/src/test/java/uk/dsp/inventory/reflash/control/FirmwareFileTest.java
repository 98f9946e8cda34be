package uk.dsp.inventory.reflash.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.Refused;

class FirmwareFileTest {

    @Test
    void eachLineIsReadOnItsOwnWithOrWithoutAHeader() {
        List<FirmwareFile.Line> lines = FirmwareFile.read(bytes(
                "\uFEFFCHF Device ID,Firmware version\r\n00-db-12-34-56-78-90-a0, 2.1.0\n\nzz,1\n00-DB-12-34-56-78-90-A2\n"
                        + "00-DB-12-34-56-78-90-A4,1.0;x\n"));

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).deviceId()).isEqualTo("00-DB-12-34-56-78-90-A0");
        assertThat(lines.get(0).version()).isEqualTo("2.1.0");
        assertThat(lines.get(0).problem()).isNull();
        assertThat(lines.get(1).problem()).startsWith("not a CHF Device ID");
        assertThat(lines.get(2).problem()).startsWith("a line has two cells");
        assertThat(lines.get(3).problem()).startsWith("not a firmware version");
    }

    @Test
    void aPartysListOfChsIsTheFirstCellOfEachLine() {
        assertThat(RequestFile.deviceIds(bytes("CHF Device ID,shelf\n00-DB-12-34-56-78-90-A0,12\nzz\n")))
                .containsExactly("00-DB-12-34-56-78-90-A0", "zz");
        assertThatThrownBy(() -> RequestFile.deviceIds(bytes("device\n"))).hasMessageContaining("names no CH");
    }

    @Test
    void aFileThatIsNotCsvTextIsRefusedWhole() {
        assertRefused(new byte[0], "empty");
        assertRefused(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "not UTF-8");
        assertRefused(bytes("a,b\u0000\n"), "control characters");
        assertRefused(bytes("\"open,2\n"), "not CSV");
        assertRefused(bytes("CHF Device ID,Firmware version\n"), "names no CH");
        assertRefused(new byte[FirmwareFile.MAX_BYTES + 1], "at most");
    }

    private static void assertRefused(byte[] file, String why) {
        assertThatThrownBy(() -> FirmwareFile.read(file))
                .isInstanceOf(Refused.class)
                .hasMessageContaining(why)
                .hasMessageContaining("nothing was applied")
                .extracting(e -> ((Refused) e).problem())
                .isEqualTo(Refused.Kind.INVALID);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
