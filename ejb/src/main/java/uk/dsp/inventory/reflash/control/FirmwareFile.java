package uk.dsp.inventory.reflash.control;

import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.firmware.control.FirmwareVersions;

/**
 * DCC Logistics' file of re-flashed CHs (seed 003 option B): CSV, one CH a line, its CHF Device ID and its new
 * firmware version, with or without a header line. A file that is not such text, or is too large, is refused whole
 * ({@link CsvUpload}); a line that is wrong is refused on its own, by its line number.
 */
public final class FirmwareFile {

    public static final int MAX_BYTES = CsvUpload.MAX_BYTES;

    /** One line: its number in the file, what it says, and what is wrong with it (null when nothing). */
    public record Line(long number, String deviceId, String version, String problem) {

        public Eui64 chf() {
            return Eui64.parse(deviceId);
        }
    }

    private FirmwareFile() {}

    public static List<Line> read(byte[] content) {
        return CsvUpload.records(content, FirmwareFile::isHeader).stream()
                .map(FirmwareFile::line)
                .toList();
    }

    private static Line line(CSVRecord record) {
        long number = record.getRecordNumber(); // lines of the file, blank ones not counted
        if (record.size() != 2) {
            return new Line(
                    number,
                    CsvUpload.cell(record, 0),
                    CsvUpload.cell(record, 1),
                    "a line has two cells: CHF Device ID, firmware version");
        }
        Optional<Eui64> device = Eui64.typed(record.get(0));
        String version = record.get(1);
        if (device.isEmpty()) {
            return new Line(
                    number,
                    CsvUpload.cell(record, 0),
                    version,
                    "not a CHF Device ID (EUI-64 such as " + Eui64.EXAMPLE + ")");
        }
        if (!FirmwareVersions.isValid(version)) {
            return new Line(
                    number,
                    device.get().toString(),
                    CsvUpload.cell(record, 1),
                    "not a firmware version (1 to 40 letters, digits, . _ - or spaces)");
        }
        return new Line(number, device.get().toString(), version, null);
    }

    /** A first line naming a device, not giving one, is a header. */
    static boolean isHeader(CSVRecord record) {
        return Eui64.typed(record.get(0)).isEmpty()
                && record.get(0).toLowerCase().contains("device");
    }
}
