package uk.dsp.inventory.platform.persistence;

import java.io.Reader;
import java.io.StringReader;

/**
 * Rows in {@code COPY}'s text format: values separated by tabs, rows ended by a newline, {@code \N} for null, and in a
 * value every backslash, tab, newline and carriage return escaped, so that no value can end its row or the data early.
 */
public final class CopyText {

    private final StringBuilder text;

    public CopyText(int capacity) {
        text = new StringBuilder(capacity);
    }

    /** A value of the row, followed by the next; {@code null} is SQL's NULL; anything else is written as its text. */
    public CopyText value(Object value) {
        write(value);
        text.append('\t');
        return this;
    }

    /** The row's last value. */
    public CopyText last(Object value) {
        write(value);
        text.append('\n');
        return this;
    }

    public Reader reader() {
        return new StringReader(text.toString());
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void write(Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
