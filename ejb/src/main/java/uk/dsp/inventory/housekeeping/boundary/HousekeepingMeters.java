package uk.dsp.inventory.housekeeping.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.dcc.StateSample;

/**
 * The DCC alerts housekeeping raised, as an operator watches them: those not yet delivered, by delivery state
 * ({@code dsp_alerts{status}}: NEW, QUEUED, and UNDELIVERABLE and FAILED, which need someone). The runs themselves are
 * counted as they end ({@link HousekeepingCounters}).
 */
@Stateless
public class HousekeepingMeters {

    /** Every state an alert waits in, each sampled even at zero: a gauge left out would keep its last value. */
    private static final List<String> UNDELIVERED = List.of("NEW", "QUEUED", "UNDELIVERABLE", "FAILED");

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<StateSample> sample() {
        List<StateSample> samples = new ArrayList<>();
        for (String status : UNDELIVERED) {
            samples.add(StateSample.level(
                    "dsp_alerts",
                    "DCC alerts not yet delivered, by status (UNDELIVERABLE and FAILED need someone)",
                    ((Number) em.createNativeQuery("select count(*) from dcc_alert where status = ?1")
                                    .setParameter(1, status)
                                    .getSingleResult())
                            .doubleValue(),
                    "status",
                    status));
        }
        return samples;
    }
}
