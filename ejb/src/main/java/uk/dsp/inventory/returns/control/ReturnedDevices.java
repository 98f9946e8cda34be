package uk.dsp.inventory.returns.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Sets the logistics status of accepted CHs and their GPFs to Returned, in one statement in the caller's transaction. */
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
        StringBuilder sql = new StringBuilder("update device set logistics_status = 'RETURNED', updated_at = ?1,"
                + " version = version + 1 where device_id in (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?").append(i + 2);
        }
        Query update = em.createNativeQuery(sql.append(')').toString()).setParameter(1, now.atOffset(ZoneOffset.UTC));
        for (int i = 0; i < ids.size(); i++) {
            update.setParameter(i + 2, ids.get(i));
        }
        update.executeUpdate();
    }
}
