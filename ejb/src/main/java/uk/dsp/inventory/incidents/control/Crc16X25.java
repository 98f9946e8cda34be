package uk.dsp.inventory.incidents.control;

/**
 * CRC-16/X-25 (reflected polynomial 0x1021, initial value and final XOR 0xFFFF): the check that ZigBee and SEP 2
 * append to an install code's key.
 */
final class Crc16X25 {

    private static final int REFLECTED_POLYNOMIAL = 0x8408;

    private Crc16X25() {}

    static int of(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ REFLECTED_POLYNOMIAL : crc >>> 1;
            }
        }
        return crc ^ 0xFFFF;
    }
}
