package uk.dsp.inventory.smi.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dsp.inventory.dcc.AuditedServiceRequest;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.control.InventoryReading;
import uk.dsp.inventory.smi.control.InventoryView;
import uk.dsp.inventory.smi.control.SmiOutcome;
import uk.dsp.inventory.smi.entity.Device;

/** SR 8.2 Read Inventory, by Device ID or by MPxN; every read is audited. */
@Stateless
public class InventoryReads {

    /** DSPInventory holds at most 17 devices (DUIS). */
    static final int MAX_DEVICES = 17;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @AuditedServiceRequest
    public InventoryReading byDeviceId(ServiceUserRequest request, Eui64 deviceId) {
        Device device = em.find(Device.class, deviceId.value());
        return device == null
                ? InventoryReading.byDeviceId(deviceId, SmiOutcome.NOT_IN_INVENTORY, List.of())
                : InventoryReading.byDeviceId(
                        deviceId,
                        SmiOutcome.ACCEPTED,
                        List.of(InventoryView.of(device, request.originator().partyId())));
    }

    /** Only the devices at that MPxN the requester answers for: anything else would tell who is supplied where. */
    @AuditedServiceRequest
    public InventoryReading byMpxn(ServiceUserRequest request, String mpxn) {
        String party = request.originator().partyId();
        List<InventoryView> devices = em.createQuery(
                        "select d from Device d where d.importMpxn = :mpxn order by d.deviceId", Device.class)
                .setParameter("mpxn", mpxn)
                .getResultStream()
                .filter(device -> InventoryView.isAnswerableFor(device, party))
                .limit(MAX_DEVICES)
                .map(device -> new InventoryView(device, true))
                .toList();
        return InventoryReading.byMpxn(mpxn, devices);
    }
}
