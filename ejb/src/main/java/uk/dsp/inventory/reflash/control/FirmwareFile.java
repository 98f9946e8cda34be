package uk.dsp.inventory.reflash.control;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;

/**
 * DCC Logistics' file of re-flashed CHs (seed 003 option B): CSV in UTF-8, one CH a line, its CHF Device ID and its
 * new firmware version, with or without a header line. A file that is not such text, or is too large, is refused
 * whole; a line that is wrong is refused on its own, by its line number.
 */
public final class FirmwareFile {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_LINES = 20_000;

    /** One line: its number in the file, what it says, and what is wrong with it (null when nothing). */
    public record Line(long number, String deviceId, String version, String problem) {

        public Eui64 chf() {
            return Eui64.parse(deviceId);
        }
    }

    private FirmwareFile() {}

    public static List<Line> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("the file is " + content.length + " bytes; at most " + MAX_BYTES + " (about 25,000 lines)");
        }
        String text = utf8(content);
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw refused("the file is not text: it holds control characters");
        }
        List<Line> lines = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
                if (lines.isEmpty() && record.getRecordNumber() == 1 && isHeader(record)) {
                    continue;
                }
                if (lines.size() == MAX_LINES) {
                    throw refused("the file has more than " + MAX_LINES + " lines");
                }
                lines.add(line(record));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw refused("the file is not CSV: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw refused("the file names no CH");
        }
        return lines;
    }

    private static Line line(CSVRecord record) {
        long number = record.getRecordNumber(); // lines of the file, blank ones not counted
        if (record.size() != 2) {
            return new Line(
                    number, cell(record, 0), cell(record, 1), "a line has two cells: CHF Device ID, firmware version");
        }
        String device = record.get(0).toUpperCase();
        String version = record.get(1);
        if (!Eui64.isValid(device)) {
            return new Line(
                    number, cell(record, 0), version, "not a CHF Device ID (EUI-64 such as 00-DB-12-34-56-78-90-A0)");
        }
        if (!uk.dsp.inventory.firmware.control.FirmwareVersions.isValid(version)) {
            return new Line(
                    number,
                    device,
                    cell(record, 1),
                    "not a firmware version (1 to 40 letters, digits, . _ - or spaces)");
        }
        return new Line(number, Eui64.parse(device).toString(), version, null);
    }

    private static boolean isHeader(CSVRecord record) {
        return record.size() >= 1
                && !Eui64.isValid(record.get(0).toUpperCase())
                && record.get(0).toLowerCase().contains("device");
    }

    private static String cell(CSVRecord record, int index) {
        String value = index < record.size() ? record.get(index) : "";
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("the file is not UTF-8 text");
        }
    }

    private static Refused refused(String why) {
        return new Refused(Refused.Problem.INVALID, why + ": nothing was applied");
    }
}
