package uk.dsp.inventory.platform.messaging;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dsp.inventory.dcc.StateSample;

/**
 * The outbox as an operator watches it: messages not yet consumed ({@code dsp_outbox_waiting_messages}) and the age of the
 * oldest ({@code dsp_outbox_oldest_seconds}): a growing age means the broker or a consumer does not take them. The
 * messages dead-lettered after their last attempt are counted apart ({@code dsp_outbox_dead_messages}): they wait for a person.
 */
@Stateless
public class OutboxMeters {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<StateSample> sample() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where dead_at is null),"
                        + " coalesce(extract(epoch from now() - min(created_at) filter (where dead_at is null)), 0),"
                        + " count(*) filter (where dead_at is not null) from outbox_message")
                .getSingleResult();
        return List.of(
                StateSample.level(
                        "dsp_outbox_waiting_messages",
                        "Messages in the outbox not yet consumed (dead letters apart)",
                        ((Number) row[0]).doubleValue()),
                StateSample.level(
                        "dsp_outbox_oldest_seconds",
                        "Age of the oldest message not yet consumed: growing, the broker or a consumer does not take them",
                        ((Number) row[1]).doubleValue()),
                StateSample.level(
                        "dsp_outbox_dead_messages",
                        "Messages dead-lettered after their last attempt: each waits for a person to resend it",
                        ((Number) row[2]).doubleValue()));
    }
}
