package uk.dsp.inventory.incidents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected dates are counted by hand from the published bank holidays of England and Wales. */
class WorkingDaysTest {

    // Reading the calendar is the slow part: once for the class, as the application does
    private static final WorkingDays WORKING_DAYS = new WorkingDays();

    @ParameterizedTest(name = "raised {0} is due {1}")
    @CsvSource({
        // Christmas 2026: Fri 25 Dec, Boxing Day Sat 26 → Mon 28; New Year's Day Fri 1 Jan 2027
        "2026-12-23, 2027-01-04",
        // Christmas 2027: Sat 25 → Mon 27, Boxing Day Sun 26 → Tue 28; New Year's Day Sat 1 Jan 2028 → Mon 3
        "2027-12-23, 2028-01-04",
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March
        "2027-03-24, 2027-04-02",
        // Early May bank holiday, Mon 3 May 2027
        "2027-04-29, 2027-05-07",
        // Spring bank holiday, Mon 31 May 2027
        "2027-05-26, 2027-06-03",
        // A plain week: Monday to Monday, Wednesday to Wednesday
        "2027-06-07, 2027-06-14",
        "2027-06-09, 2027-06-16",
        // Summer bank holiday in England and Wales, Mon 30 August 2027 (Scotland's is the 2nd)
        "2027-08-26, 2027-09-03",
        "2027-07-29, 2027-08-05"
    })
    void dueFiveWorkingDaysAfterRaising(LocalDate raised, LocalDate due) {
        assertThat(WORKING_DAYS.dueDate(raised)).isEqualTo(due);
    }

    @ParameterizedTest(name = "raised {0} counts from {1}, due {2}")
    @CsvSource({
        // At a weekend: from the Monday, so due on the Monday after
        "2027-06-05, 2027-06-07, 2027-06-14",
        "2027-06-06, 2027-06-07, 2027-06-14",
        // On Good Friday: from Tuesday 30 March, after Easter Monday
        "2027-03-26, 2027-03-30, 2027-04-06",
        // On the substitute Boxing Day 2026
        "2026-12-28, 2026-12-29, 2027-01-06"
    })
    void aDayOffCountsAsRaisedOnTheNextWorkingDay(LocalDate raised, LocalDate countedFrom, LocalDate due) {
        assertThat(WORKING_DAYS.addWorkingDays(raised, 0)).isEqualTo(countedFrom);
        assertThat(WORKING_DAYS.dueDate(raised)).isEqualTo(due).isEqualTo(WORKING_DAYS.dueDate(countedFrom));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-25", // Christmas Day, Friday
        "2026-12-28", // substitute for Boxing Day
        "2027-01-01",
        "2027-03-26",
        "2027-03-29",
        "2027-05-03",
        "2027-05-31",
        "2027-08-30",
        "2027-12-27", // substitutes for Christmas Day and Boxing Day at the weekend
        "2027-12-28",
        "2028-01-03", // substitute for New Year's Day
        "2027-06-05", // a Saturday
        "2027-06-06"
    })
    void isNoWorkingDay(LocalDate date) {
        assertThat(WORKING_DAYS.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-24",
        "2026-12-29",
        "2027-12-24",
        "2027-12-29",
        "2027-06-07",
        "2027-08-02", // Scotland's summer bank holiday
        "2026-11-30", // St Andrew's Day, Scotland's
        "2027-03-17", // St Patrick's Day, Northern Ireland's
        "2027-07-12", // the Battle of the Boyne, Northern Ireland's
        "2027-01-04" // 2 January's substitute in Scotland
    })
    void isAWorkingDay(LocalDate date) {
        assertThat(WORKING_DAYS.isWorkingDay(date)).isTrue();
    }

    @Test
    void countsOnlyWorkingDays() {
        assertThat(WORKING_DAYS.addWorkingDays(LocalDate.of(2027, 6, 7), 1)).isEqualTo(LocalDate.of(2027, 6, 8));
        assertThat(WORKING_DAYS.addWorkingDays(LocalDate.of(2027, 6, 11), 1)).isEqualTo(LocalDate.of(2027, 6, 14));
        assertThat(WORKING_DAYS.addWorkingDays(LocalDate.of(2027, 6, 7), 0)).isEqualTo(LocalDate.of(2027, 6, 7));
        assertThat(WORKING_DAYS.addWorkingDays(LocalDate.of(2026, 12, 23), 10)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> WORKING_DAYS.addWorkingDays(LocalDate.of(2027, 6, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
