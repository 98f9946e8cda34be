package uk.dsp.inventory.smi.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import uk.dsp.inventory.audit.control.ServiceAuditTrail;
import uk.dsp.inventory.duis.control.ReplayGuard;
import uk.dsp.inventory.smi.control.InventoryView;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.dcc.Eui64;

/** SR 8.2 Read Inventory, by Device ID or by MPxN; every read is audited. */
@Stateless
public class InventoryReads {

    /** DSPInventory holds at most 17 devices (DUIS). */
    static final int MAX_DEVICES = 17;
    static final String NOTHING_AT_MPXN = "E080202";

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public record Reading(String responseCode, List<InventoryView> devices) {
    }

    public Reading byDeviceId(ServiceUserRequest request, Eui64 deviceId) {
        Instant now = Instant.now();
        new ReplayGuard(em).accept(request.requestId(), now);
        Device device = em.find(Device.class, deviceId.value());
        Reading reading = device == null ? new Reading("E19", List.of())
                : new Reading("I0", List.of(InventoryView.of(device, request.originator().partyId())));
        new ServiceAuditTrail(em, request.requestId(), request.serviceReferenceVariant(), now)
                .singleDevice(deviceId.value(), reading.responseCode(), "by DeviceID");
        return reading;
    }

    /** Only the devices at that MPxN the requester answers for: anything else would tell who is supplied where. */
    public Reading byMpxn(ServiceUserRequest request, String mpxn) {
        Instant now = Instant.now();
        new ReplayGuard(em).accept(request.requestId(), now);
        String party = request.originator().partyId();
        List<InventoryView> devices = em.createQuery("select d from Device d where d.importMpxn = :mpxn order by d.deviceId",
                        Device.class)
                .setParameter("mpxn", mpxn)
                .getResultStream()
                .filter(device -> InventoryView.isAnswerableFor(device, party))
                .limit(MAX_DEVICES)
                .map(device -> new InventoryView(device, true))
                .toList();
        Reading reading = devices.isEmpty() ? new Reading(NOTHING_AT_MPXN, List.of()) : new Reading("I0", devices);
        ServiceAuditTrail audit = new ServiceAuditTrail(em, request.requestId(), request.serviceReferenceVariant(), now);
        devices.forEach(view -> audit.device(view.device().deviceId().value(), "I0", "by MPxN"));
        audit.request(reading.responseCode(), "by MPxN " + mpxn);
        return reading;
    }
}
