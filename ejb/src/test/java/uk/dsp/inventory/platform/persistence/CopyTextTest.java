package uk.dsp.inventory.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void separatesValuesWithTabsAndEndsRowsWithANewline() {
        CopyText rows = new CopyText(64).value(42L).value("CHF").last(LocalDate.of(2027, 1, 15));
        rows.value("a").last(1);

        assertThat(rows.toString()).isEqualTo("42\tCHF\t2027-01-15\na\t1\n");
    }

    @Test
    void writesNullAsCopysNull() {
        assertThat(new CopyText(8).value(null).last(null).toString()).isEqualTo("\\N\t\\N\n");
    }

    @Test
    void escapesWhatWouldEndAValueARowOrTheData() {
        String hostile = "Toshiba\tX\\.\nnext\r";

        assertThat(new CopyText(64).last(hostile).toString()).isEqualTo("Toshiba\\tX\\\\.\\nnext\\r\n");
    }

    @Test
    void aLiteralBackslashNIsNotNull() {
        assertThat(new CopyText(8).last("\\N").toString()).isEqualTo("\\\\N\n");
    }
}
