package uk.dsp.inventory.reflash.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.reflash.control.ReflashProgress;
import uk.dsp.inventory.reflash.control.ReflashQueries;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;
import uk.dsp.inventory.smi.control.CommsHubsInReflash;
import uk.dsp.inventory.smi.control.ReflashHold;

/**
 * Seed 003 option A: the CSP records a re-flashed CH's new firmware with CSPM-N3, as it updates any Pending CH it
 * pre-notified. The SMI asks here what holds a CH, and tells here of the new version: the CH's work order moves on
 * (a received CH counts as re-flashed, and is charged), in the N3 call's own transaction.
 */
@Stateless
@LocalBean
@Local(CommsHubsInReflash.class)
public class ReflashFirmware implements CommsHubsInReflash {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    ReflashQueries rows;

    @Inject
    ReflashProgress progress;

    @Override
    public Map<Long, ReflashHold> holdsOn(Collection<Long> chfDeviceIds) {
        if (chfDeviceIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReflashHold> holds = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.deviceId, i.status, w.status from ReflashItem i left join WorkOrder w"
                                + " on w.id = i.workOrderId where i.deviceId in :ids",
                        Object[].class)
                .setParameter("ids", List.copyOf(chfDeviceIds))
                .getResultList()) {
            boolean atCsp =
                    (row[1] == ItemStatus.RECEIVED || row[1] == ItemStatus.REFLASHED) && row[2] == WorkOrderStatus.OPEN;
            holds.merge(
                    (Long) row[0],
                    new ReflashHold(true, atCsp),
                    (a, b) -> new ReflashHold(true, a.atCspForReflash() || b.atCspForReflash()));
        }
        return holds;
    }

    @Override
    public void firmwareRecordedByCsp(Map<Eui64, String> versions, String cspPartyId, Instant at) {
        Map<Long, ReflashItem> held =
                rows.atCspLocked(versions.keySet().stream().map(Eui64::value).toList());
        Map<Long, String> partyOfRequest = new HashMap<>();
        for (Map.Entry<Eui64, String> version : versions.entrySet()) {
            ReflashItem item = held.get(version.getKey().value());
            if (item == null) {
                continue; // the SMI saw it held when it decided; nothing else moves it within this transaction
            }
            // The N3 update itself has written the new version to the CHF and GPF.
            progress.firmwareRecorded(item, version.getValue(), "N3", "CSPM-N3", cspPartyId, at);
            progress.succeeded(
                    item,
                    partyOfRequest.computeIfAbsent(
                            item.requestId(),
                            id -> em.find(ReflashRequest.class, id).partyId()),
                    "CSPM-N3",
                    cspPartyId,
                    at);
        }
    }
}
