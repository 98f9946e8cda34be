package uk.dsp.inventory.incidents.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.dsp.inventory.dcc.StateSample;

/**
 * The incidents as the service desk watches them: by status ({@code dsp_incidents{status}}) and
 * those open past their due date ({@code dsp_incidents_overdue}), the installing suppliers' obligation.
 */
@Stateless
public class IncidentMeters {

    private static final String HELP = "Incidents not closed, by status (OPEN: waiting for the supplier; ANSWERED)";

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<StateSample> sample() {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select count(*) filter (where status = 'OPEN'),"
                                + " count(*) filter (where status = 'ANSWERED'),"
                                + " count(*) filter (where status = 'OPEN' and due_on < ?1) from incident where status <> 'CLOSED'")
                .setParameter(1, LocalDate.now(Clock.system(Incidents.UK)))
                .getSingleResult();
        return List.of(
                StateSample.level("dsp_incidents", HELP, ((Number) row[0]).doubleValue(), "status", "OPEN"),
                StateSample.level("dsp_incidents", HELP, ((Number) row[1]).doubleValue(), "status", "ANSWERED"),
                StateSample.level(
                        "dsp_incidents_overdue",
                        "Incidents open past their due date: the installing suppliers' obligation",
                        ((Number) row[2]).doubleValue()));
    }
}
