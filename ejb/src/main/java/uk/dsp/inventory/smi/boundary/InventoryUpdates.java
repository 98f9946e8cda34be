package uk.dsp.inventory.smi.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.dsp.inventory.dcc.AuditedServiceRequest;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.control.DeviceLifecycle;
import uk.dsp.inventory.smi.control.InventoryUpdate;
import uk.dsp.inventory.smi.control.SmiOutcome;
import uk.dsp.inventory.smi.control.StatusChange;
import uk.dsp.inventory.smi.entity.Device;

/**
 * SR 8.4 Update Inventory: a status change of the lifecycle table, a detail update by the device's
 * notifying party, a meter point change, or the deletion of a Pending device by its notifying party.
 */
@Stateless
public class InventoryUpdates {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final DeviceLifecycle lifecycle = new DeviceLifecycle();

    @AuditedServiceRequest
    public ServiceRequestResult update(ServiceUserRequest request, Eui64 deviceId, InventoryUpdate update) {
        Instant now = Instant.now();
        Device device = em.find(Device.class, deviceId.value(), LockModeType.PESSIMISTIC_WRITE);
        SmiOutcome outcome;
        if (update instanceof InventoryUpdate.StatusUpdate status) {
            outcome = changeStatus(status.change(), device, request, now);
        } else if (update instanceof InventoryUpdate.DetailsUpdate details) {
            outcome = updateDetails(details, device, request, now);
        } else if (update instanceof InventoryUpdate.MeterPointsUpdate points) {
            outcome = updateMeterPoints(points, device, request, now);
        } else {
            outcome = delete(device, request);
        }
        return ServiceRequestResult.singleDevice(
                deviceId, outcome, update.getClass().getSimpleName());
    }

    private SmiOutcome changeStatus(StatusChange change, Device device, ServiceUserRequest request, Instant now) {
        SmiOutcome verdict = lifecycle.check(change, device, request.originator());
        if (verdict.accepted()) {
            lifecycle.apply(change, device, now);
        }
        return verdict;
    }

    private SmiOutcome delete(Device device, ServiceUserRequest request) {
        SmiOutcome verdict = lifecycle.check(StatusChange.DELETE_PENDING_DEVICE, device, request.originator());
        if (verdict.accepted()) {
            em.remove(device);
        }
        return verdict;
    }

    /** The details of a Service User's device are its notifying party's; a CH's come from its CSP (CSPM-N3). */
    private static SmiOutcome updateDetails(
            InventoryUpdate.DetailsUpdate update, Device device, ServiceUserRequest request, Instant now) {
        SmiOutcome refusal = ownDevice(device, request);
        if (refusal == null && update.details().isEmpty()) {
            refusal = SmiOutcome.NOTHING_TO_UPDATE;
        }
        if (refusal == null) {
            device.update(update.details(), now);
        }
        return refusal == null ? SmiOutcome.ACCEPTED : refusal;
    }

    /** A meter's points are its notifying party's to set; a CH's MPxN comes with its installation (8.14.1/2). */
    private static SmiOutcome updateMeterPoints(
            InventoryUpdate.MeterPointsUpdate points, Device device, ServiceUserRequest request, Instant now) {
        SmiOutcome refusal = ownDevice(device, request);
        if (refusal == null) {
            device.changeMeterPoints(points.importMpxn(), points.secondaryImportMpan(), points.exportMpan(), now);
        }
        return refusal == null ? SmiOutcome.ACCEPTED : refusal;
    }

    private static SmiOutcome ownDevice(Device device, ServiceUserRequest request) {
        if (device == null) {
            return SmiOutcome.NOT_IN_INVENTORY;
        }
        if (device.type().isCommsHub()) {
            return SmiOutcome.WRONG_DEVICE_TYPE;
        }
        return request.originator().partyId().equals(device.notifyingPartyId()) ? null : SmiOutcome.NOT_AUTHORISED;
    }
}
