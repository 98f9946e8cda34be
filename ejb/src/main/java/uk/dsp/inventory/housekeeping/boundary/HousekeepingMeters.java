package uk.dsp.inventory.housekeeping.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.dcc.StateSample;

/**
 * Housekeeping as an operator watches it, from its run records: runs by how they ended
 * ({@code dsp_housekeeping_runs_total{status}}, a running one not yet), devices deleted by type ({@code dsp_housekeeping_deleted_total{type}})
 * and the N8 alerts they raised ({@code dsp_housekeeping_alerts_total}); then the alerts by delivery state
 * not yet delivered ({@code dsp_alerts{status}}: NEW, QUEUED, and UNDELIVERABLE and FAILED, which need someone).
 */
@Stateless
public class HousekeepingMeters {

    /** Every state an alert waits in, each sampled even at zero: a gauge left out would keep its last value. */
    private static final List<String> UNDELIVERED = List.of("NEW", "QUEUED", "UNDELIVERABLE", "FAILED");

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<StateSample> sample() {
        List<StateSample> samples = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "select status, count(*) from housekeeping_run where status <> 'RUNNING' group by status")
                .getResultList()) {
            Object[] cells = (Object[]) row;
            samples.add(StateSample.total("dsp.housekeeping.runs", number(cells[1]), "status", (String) cells[0]));
        }
        for (Object row : em.createNativeQuery(
                        "select device_type, sum(deleted) from housekeeping_run_count group by device_type")
                .getResultList()) {
            Object[] cells = (Object[]) row;
            samples.add(StateSample.total("dsp.housekeeping.deleted", number(cells[1]), "type", (String) cells[0]));
        }
        samples.add(StateSample.total(
                "dsp.housekeeping.alerts",
                number(em.createNativeQuery("select coalesce(sum(alerts_raised), 0) from housekeeping_run")
                        .getSingleResult())));
        for (String status : UNDELIVERED) {
            samples.add(StateSample.level(
                    "dsp.alerts",
                    number(em.createNativeQuery("select count(*) from dcc_alert where status = ?1")
                            .setParameter(1, status)
                            .getSingleResult()),
                    "status",
                    status));
        }
        return samples;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
