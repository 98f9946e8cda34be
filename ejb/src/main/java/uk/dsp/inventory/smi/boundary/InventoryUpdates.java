package uk.dsp.inventory.smi.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.dsp.inventory.audit.control.ServiceAuditTrail;
import uk.dsp.inventory.duis.control.ReplayGuard;
import uk.dsp.inventory.smi.control.DeviceLifecycle;
import uk.dsp.inventory.smi.control.InventoryUpdate;
import uk.dsp.inventory.smi.control.LifecycleVerdict;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.control.StatusChange;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.dcc.Eui64;

/**
 * SR 8.4 Update Inventory: a status change of the lifecycle table, a detail update by the device's
 * notifying party, a meter point change, or the deletion of a Pending device by its notifying party.
 */
@Stateless
public class InventoryUpdates {

    static final String NOTHING_TO_UPDATE = "E080405";

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final DeviceLifecycle lifecycle = new DeviceLifecycle();

    public String update(ServiceUserRequest request, Eui64 deviceId, InventoryUpdate update) {
        Instant now = Instant.now();
        new ReplayGuard(em).accept(request.requestId(), now);
        Device device = em.find(Device.class, deviceId.value(), LockModeType.PESSIMISTIC_WRITE);
        String code;
        if (update instanceof InventoryUpdate.StatusUpdate status) {
            code = changeStatus(status.change(), device, request, now);
        } else if (update instanceof InventoryUpdate.DetailsUpdate details) {
            code = updateDetails(details, device, request, now);
        } else if (update instanceof InventoryUpdate.MeterPointsUpdate points) {
            code = updateMeterPoints(points, device, request, now);
        } else {
            code = delete(device, request);
        }
        new ServiceAuditTrail(em, request.requestId(), request.serviceReferenceVariant(), now)
                .singleDevice(deviceId.value(), code, update.getClass().getSimpleName());
        return code;
    }

    private String changeStatus(StatusChange change, Device device, ServiceUserRequest request, Instant now) {
        LifecycleVerdict verdict = lifecycle.check(change, device, request.originator());
        if (verdict.allowed()) {
            lifecycle.apply(change, device, now);
        }
        return verdict.responseCode();
    }

    private String delete(Device device, ServiceUserRequest request) {
        LifecycleVerdict verdict = lifecycle.check(StatusChange.DELETE_PENDING_DEVICE, device, request.originator());
        if (verdict.allowed()) {
            em.remove(device);
        }
        return verdict.responseCode();
    }

    /** The details of a Service User's device are its notifying party's; a CH's come from its CSP (CSPM-N3). */
    private static String updateDetails(InventoryUpdate.DetailsUpdate update, Device device, ServiceUserRequest request,
                                        Instant now) {
        String code = ownDevice(device, request);
        if (code == null && update.details().isEmpty()) {
            code = NOTHING_TO_UPDATE;
        }
        if (code == null) {
            device.update(update.details(), now);
        }
        return code == null ? "I0" : code;
    }

    /** A meter's points are its notifying party's to set; a CH's MPxN comes with its installation (8.14.1/2). */
    private static String updateMeterPoints(InventoryUpdate.MeterPointsUpdate points, Device device, ServiceUserRequest request,
                                            Instant now) {
        String code = ownDevice(device, request);
        if (code == null) {
            device.changeMeterPoints(points.importMpxn(), points.secondaryImportMpan(), points.exportMpan(), now);
        }
        return code == null ? "I0" : code;
    }

    private static String ownDevice(Device device, ServiceUserRequest request) {
        if (device == null) {
            return LifecycleVerdict.UNKNOWN_DEVICE.responseCode();
        }
        if (device.type().isCommsHub()) {
            return LifecycleVerdict.WRONG_DEVICE_TYPE.responseCode();
        }
        return request.originator().partyId().equals(device.notifyingPartyId()) ? null : LifecycleVerdict.NOT_AUTHORISED.responseCode();
    }
}
