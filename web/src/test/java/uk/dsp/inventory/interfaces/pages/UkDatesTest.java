package uk.dsp.inventory.interfaces.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 15);

    @Test
    void aDateIsReadAsPeopleInTheUkWriteIt() {
        for (String written : new String[] {
            "15/01/2027",
            "15/1/2027",
            "15-01-2027",
            "15.01.27",
            "15/01/27",
            "15 1 2027",
            "15 Jan 2027",
            "15 january 2027",
            "15th January 2027",
            " 15  JAN  2027 ",
            "2027-01-15"
        }) {
            assertThat(UkDates.parse(written)).as(written).contains(DAY);
        }
    }

    @Test
    void whatIsNoDateIsNone() {
        for (String written : new String[] {"31/02/2027", "01/15/2027", "15/01", "tomorrow", "", "2027-1-15x"}) {
            assertThat(UkDates.parse(written)).as(written).isEmpty();
        }
        assertThat(UkDates.parse(null)).isEmpty();
    }

    @Test
    void aDateIsShownDayFirstAndTheExampleIsNeverPast() {
        assertThat(UkDates.shown(DAY)).isEqualTo("15/01/2027");
        assertThat(UkDates.parse(UkDates.example()).orElseThrow()).isAfter(LocalDate.now());
    }
}
