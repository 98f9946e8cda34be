package uk.dsp.inventory.reflash.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.dsp.inventory.dcc.Refused;

/**
 * An uploaded CSV file's lines, or its refusal as a whole: UTF-8 text without control characters, at most 1 MiB and
 * 20,000 lines, a byte-order mark and blank lines ignored, and a first line dropped when it is a header.
 */
public final class CsvUpload {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_LINES = 20_000;

    private CsvUpload() {}

    /** {@code isHeader} tells whether the first line is a header (names, not values). */
    public static List<CSVRecord> records(byte[] content, Predicate<CSVRecord> isHeader) {
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
        List<CSVRecord> records = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
                if (records.isEmpty() && record.getRecordNumber() == 1 && isHeader.test(record)) {
                    continue;
                }
                if (records.size() == MAX_LINES) {
                    throw refused("the file has more than " + MAX_LINES + " lines");
                }
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("the file is not CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw refused("the file names no CH");
        }
        return records;
    }

    /** A cell as a report shows it: at most 40 characters of what the file said. */
    public static String cell(CSVRecord record, int index) {
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
        return Refused.invalid(why + ": nothing was applied");
    }
}
