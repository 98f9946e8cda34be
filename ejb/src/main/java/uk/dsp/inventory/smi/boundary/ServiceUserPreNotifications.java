package uk.dsp.inventory.smi.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.dsp.inventory.dcc.AuditedServiceRequest;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.control.SmiOutcome;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.ServiceUserDeviceDetails;

/**
 * SR 12.2 Device Pre-notification: a Service User's device enters the SMI as Pending, with the requester as
 * its notifying party (the party housekeeping alerts, and the one that may change or delete it).
 */
@Stateless
public class ServiceUserPreNotifications {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @AuditedServiceRequest
    public ServiceRequestResult preNotify(
            ServiceUserRequest request,
            Eui64 deviceId,
            DeviceType type,
            ServiceUserDeviceDetails details,
            Eui64 associatedGpf) {
        Instant now = Instant.now();
        SmiOutcome outcome = decide(request, deviceId, type, associatedGpf);
        if (outcome.accepted()) {
            Device device = new Device(deviceId, type, request.originator().partyId(), now);
            device.describe(details, associatedGpf, now);
            em.persist(device);
        }
        return ServiceRequestResult.singleDevice(deviceId, outcome, type.name());
    }

    private SmiOutcome decide(ServiceUserRequest request, Eui64 deviceId, DeviceType type, Eui64 associatedGpf) {
        if (!request.originator().holdsAnyOf(Role.SERVICE_USER_ROLES)) {
            return SmiOutcome.NOT_AUTHORISED;
        }
        if (type.isCommsHub()) {
            return SmiOutcome.COMMS_HUB_NOT_PRE_NOTIFIABLE;
        }
        if (em.find(Device.class, deviceId.value()) != null) {
            return SmiOutcome.ALREADY_IN_INVENTORY;
        }
        if (associatedGpf != null) {
            Device gpf = em.find(Device.class, associatedGpf.value());
            if (gpf == null || gpf.type() != DeviceType.GPF) {
                return SmiOutcome.NO_SUCH_GPF;
            }
        }
        return SmiOutcome.ACCEPTED;
    }
}
