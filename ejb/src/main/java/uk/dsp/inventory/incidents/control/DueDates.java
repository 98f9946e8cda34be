package uk.dsp.inventory.incidents.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** The incidents' due dates, with England and Wales' holiday calendar loaded once for the application. */
@ApplicationScoped
public class DueDates {

    private final WorkingDays workingDays = new WorkingDays();

    public LocalDate dueDate(LocalDate raisedOn) {
        return workingDays.dueDate(raisedOn);
    }
}
