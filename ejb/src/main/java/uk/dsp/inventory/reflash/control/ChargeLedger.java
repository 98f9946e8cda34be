package uk.dsp.inventory.reflash.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.dsp.inventory.reflash.entity.ReflashItem;

/**
 * The explicit charge of a CH re-flashed successfully (seed 003 section 9.2), at the rate in force when its success
 * is recorded, in the party's ledger for that month (UK time). Once per CH and request, however the success arrives.
 */
@Dependent
public class ChargeLedger {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public void charge(ReflashItem item, String partyId, Instant at) {
        LocalDate month = LocalDate.ofInstant(at, UK).withDayOfMonth(1);
        em.createNativeQuery("insert into reflash_charge (request_id, device_id, party_id, month, amount, charged_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, item.requestId())
                .setParameter(2, item.deviceId().value())
                .setParameter(3, partyId)
                .setParameter(4, month)
                .setParameter(5, ReflashSettings.current().charge())
                .setParameter(6, at.atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
    }
}
