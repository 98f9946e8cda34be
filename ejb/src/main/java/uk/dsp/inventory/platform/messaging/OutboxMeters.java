package uk.dsp.inventory.platform.messaging;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dsp.inventory.dcc.StateSample;

/**
 * The outbox as an operator watches it: rows waiting to be relayed ({@code dsp_outbox_waiting})
 * and the age of the oldest ({@code dsp_outbox_oldest_seconds}). A growing age means the broker does not take them.
 */
@Stateless
public class OutboxMeters {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<StateSample> sample() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(extract(epoch from now()"
                        + " - min(created_at)), 0) from outbox_message")
                .getSingleResult();
        return List.of(
                StateSample.level("dsp.outbox.waiting", ((Number) row[0]).doubleValue()),
                StateSample.level("dsp.outbox.oldest.seconds", ((Number) row[1]).doubleValue()));
    }
}
