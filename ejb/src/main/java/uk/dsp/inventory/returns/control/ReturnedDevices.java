package uk.dsp.inventory.returns.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Sets the logistics status of accepted CHs and their GPFs to Returned, in one statement in the caller's
 * transaction, its IDs one array parameter. */
public class ReturnedDevices {

    private final EntityManager em;

    public ReturnedDevices(EntityManager em) {
        this.em = em;
    }

    public void markReturned(List<AcceptedReturns.Line> accepted, Instant now) {
        List<Long> ids = new ArrayList<>(accepted.size() * 2);
        for (AcceptedReturns.Line line : accepted) {
            ids.add(line.deviceId());
            if (line.gpfDeviceId() != null) {
                ids.add(line.gpfDeviceId());
            }
        }
        Query update = em.createNativeQuery("update device set logistics_status = 'RETURNED', updated_at = ?1,"
                        + " version = version + 1 where device_id = any (?2)")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, ids.toArray(Long[]::new));
        update.executeUpdate();
    }
}
