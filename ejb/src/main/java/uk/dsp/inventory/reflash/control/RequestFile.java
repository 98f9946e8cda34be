package uk.dsp.inventory.reflash.control;

import java.util.List;

/**
 * A party's list of CHs to re-flash, uploaded in the SSI: CSV (or one ID a line), the CHF Device ID in the first cell
 * of each line, other cells ignored, with or without a header. Each ID is then checked like a typed one.
 */
public final class RequestFile {

    private RequestFile() {}

    public static List<String> deviceIds(byte[] content) {
        return CsvUpload.records(content, FirmwareFile::isHeader).stream()
                .map(record -> CsvUpload.cell(record, 0))
                .toList();
    }
}
