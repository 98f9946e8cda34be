package uk.dsp.inventory.smi.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.dsp.inventory.audit.control.ServiceAuditTrail;
import uk.dsp.inventory.duis.control.ReplayGuard;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.entity.ServiceUserDeviceDetails;

/**
 * SR 12.2 Device Pre-notification: a Service User's device enters the SMI as Pending, with the requester as
 * its notifying party (the party housekeeping alerts, and the one that may change or delete it).
 */
@Stateless
public class ServiceUserPreNotifications {

    static final String EXISTS = "E120201";
    static final String COMMS_HUB_TYPE = "E120203";
    static final String NO_SUCH_GPF = "E120204";

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public String preNotify(ServiceUserRequest request, Eui64 deviceId, DeviceType type, ServiceUserDeviceDetails details,
                            Eui64 associatedGpf) {
        Instant now = Instant.now();
        new ReplayGuard(em).accept(request.requestId(), now);
        String code = decide(request, deviceId, type, associatedGpf);
        if ("I0".equals(code)) {
            Device device = new Device(deviceId, type, request.originator().partyId(), now);
            device.describe(details, associatedGpf, now);
            em.persist(device);
        }
        new ServiceAuditTrail(em, request.requestId(), request.serviceReferenceVariant(), now)
                .singleDevice(deviceId.value(), code, type.name());
        return code;
    }

    private String decide(ServiceUserRequest request, Eui64 deviceId, DeviceType type, Eui64 associatedGpf) {
        if (!request.originator().holdsAnyOf(Role.SERVICE_USER_ROLES)) {
            return "E4";
        }
        if (type.isCommsHub()) {
            return COMMS_HUB_TYPE;
        }
        if (em.find(Device.class, deviceId.value()) != null) {
            return EXISTS;
        }
        if (associatedGpf != null) {
            Device gpf = em.find(Device.class, associatedGpf.value());
            if (gpf == null || gpf.type() != DeviceType.GPF) {
                return NO_SUCH_GPF;
            }
        }
        return "I0";
    }
}
