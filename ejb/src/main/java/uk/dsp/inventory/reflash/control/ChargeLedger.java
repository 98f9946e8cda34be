package uk.dsp.inventory.reflash.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.dsp.inventory.reflash.entity.ReflashCharge;
import uk.dsp.inventory.reflash.entity.ReflashItem;

/**
 * The explicit charge of a CH re-flashed successfully (seed 003 section 9.2), at the rate in force when its success
 * is recorded, in the party's ledger for that month (UK time). The caller charges a CH once, on its move to
 * REFLASHED, which its lock makes happen once; the table's unique key holds the rule too.
 */
@Dependent
public class ChargeLedger {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public void charge(ReflashItem item, String partyId, Instant at) {
        em.persist(new ReflashCharge(
                item.requestId(),
                item.deviceId().value(),
                partyId,
                LocalDate.ofInstant(at, UK).withDayOfMonth(1),
                ReflashSettings.current().charge(),
                at));
    }
}
