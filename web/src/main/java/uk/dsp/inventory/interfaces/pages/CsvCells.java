package uk.dsp.inventory.interfaces.pages;

import java.util.Arrays;

/**
 * Cells of the CSV downloads. A text a Service User typed (a fault reason) that begins like a formula is prefixed
 * with an apostrophe, so a spreadsheet shows it instead of running it (CSV injection).
 */
public final class CsvCells {

    private CsvCells() {}

    public static Object[] of(Object... values) {
        return Arrays.stream(values).map(CsvCells::cell).toArray();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
