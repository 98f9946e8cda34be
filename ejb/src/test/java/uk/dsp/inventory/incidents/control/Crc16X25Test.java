package uk.dsp.inventory.incidents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Crc16X25Test {

    @Test
    void givesTheCatalogueCheckValue() {
        byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16X25.of(data, 0, data.length)).isEqualTo(0x906E);
    }

    @Test
    void coversOnlyTheGivenRange() {
        byte[] data = "xx123456789yy".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16X25.of(data, 2, 9)).isEqualTo(0x906E);
    }

    @Test
    void givesTheCrcOfTheZigBeeExampleKey() {
        byte[] key = HexFormat.of().parseHex("83FED3407A939723A5C639B26916D505");
        assertThat(Crc16X25.of(key, 0, key.length)).isEqualTo(0xB5C3);
    }
}
