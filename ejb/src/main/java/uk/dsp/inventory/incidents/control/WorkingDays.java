package uk.dsp.inventory.incidents.control;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays, where a holiday that falls at a weekend
 * gives a substitute weekday. Jollyday's rules for the United Kingdom hold them; England ("eng") and Wales ("wls")
 * have the same ones there, and Scotland's and Northern Ireland's extra days are left out.
 *
 * <p>Reading the calendar is slow, so one instance should be kept and shared; it is safe to use from many threads
 * (Jollyday caches the holidays of each year in concurrent maps).
 */
public class WorkingDays {

    /** "Five working days after raising": the time a Request for Install Code incident has. */
    public static final int DAYS_TO_RESOLVE = 5;

    // Jollyday's subdivision of "gb" for England; Wales's, "wls", has the same holidays
    private static final String ENGLAND = "eng";

    private final HolidayManager holidays;

    public WorkingDays() {
        holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date, ENGLAND);
    }

    /**
     * The date {@code days} working days after {@code start}; the start itself never counts. A start that is not a
     * working day (an incident raised at a weekend or on a bank holiday) is taken as the next working day, so such an
     * incident has the same time as one raised that morning: raised on Saturday 5 June 2027 or Monday 7 June, five
     * working days end on Monday 14 June. With {@code days} 0 the answer is that first working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** When an incident raised on {@code raisedOn} is due. */
    public LocalDate dueDate(LocalDate raisedOn) {
        return addWorkingDays(raisedOn, DAYS_TO_RESOLVE);
    }
}
