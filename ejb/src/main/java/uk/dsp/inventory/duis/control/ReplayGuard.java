package uk.dsp.inventory.duis.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import uk.dsp.inventory.dcc.RequestId;

/**
 * Accepts a RequestID only if its counter is above the last one accepted from its originator. One atomic
 * upsert: two concurrent requests with the same counter cannot both pass, and the caller's transaction
 * decides whether the counter is kept.
 */
public class ReplayGuard {

    private final EntityManager em;

    public ReplayGuard(EntityManager em) {
        this.em = em;
    }

    public void accept(RequestId requestId, Instant now) {
        int advanced = em.createNativeQuery("""
                        insert into duis_originator_counter (originator_id, last_counter, updated_at) values (?1, ?2, ?3)
                        on conflict (originator_id) do update set last_counter = excluded.last_counter, updated_at = excluded.updated_at
                        where duis_originator_counter.last_counter < excluded.last_counter""")
                .setParameter(1, requestId.originator().toString())
                .setParameter(2, new BigDecimal(requestId.counter()))
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (advanced == 0) {
            throw new ReplayRefused("RequestID counter " + requestId.counter()
                    + " is not above the last one accepted from " + requestId.originator() + ": a replay");
        }
    }
}
