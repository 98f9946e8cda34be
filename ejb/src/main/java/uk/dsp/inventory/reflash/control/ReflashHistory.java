package uk.dsp.inventory.reflash.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import uk.dsp.inventory.reflash.entity.ReflashEvent;
import uk.dsp.inventory.reflash.entity.ReflashStep;

/** The audit of re-flash: every step, in the step's own transaction, so a step and its record stand or fall together. */
@Dependent
public class ReflashHistory {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public void record(
            long requestId,
            Long workOrderId,
            Long deviceId,
            String username,
            String partyId,
            ReflashStep step,
            String text,
            Instant at) {
        em.persist(new ReflashEvent(requestId, workOrderId, deviceId, at, username, partyId, step, text));
    }

    public List<ReflashEvent> of(long requestId) {
        return em.createQuery("select e from ReflashEvent e where e.requestId = :id order by e.id", ReflashEvent.class)
                .setParameter("id", requestId)
                .getResultList();
    }
}
