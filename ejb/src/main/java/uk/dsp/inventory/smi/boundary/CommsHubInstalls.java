package uk.dsp.inventory.smi.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.dsp.inventory.audit.control.ServiceAuditTrail;
import uk.dsp.inventory.duis.control.ReplayGuard;
import uk.dsp.inventory.smi.control.DeviceLifecycle;
import uk.dsp.inventory.smi.control.LifecycleVerdict;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.control.StatusChange;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.entity.LogisticsStatus;

/**
 * SR 8.14.1 (installed with SM WAN) and 8.14.2 (installed without, 'install and leave'): the CHF and its GPF
 * change status together, and the installing supplier becomes the CH's responsible supplier at that MPxN.
 */
@Stateless
public class CommsHubInstalls {

    static final String ALREADY_RETURNED = "E081401";

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final DeviceLifecycle lifecycle = new DeviceLifecycle();

    public String install(ServiceUserRequest request, Eui64 chfId, boolean withSmWan, String mpxn, Instant installedAt) {
        Instant now = Instant.now();
        new ReplayGuard(em).accept(request.requestId(), now);
        StatusChange chfChange = withSmWan ? StatusChange.INSTALL_HUB_WITH_SM_WAN : StatusChange.INSTALL_HUB_WITHOUT_SM_WAN;
        StatusChange gpfChange = withSmWan ? StatusChange.INSTALL_HUB_GPF_WITH_SM_WAN : StatusChange.INSTALL_HUB_WITHOUT_SM_WAN;
        Device chf = em.find(Device.class, chfId.value(), LockModeType.PESSIMISTIC_WRITE);
        String code = lifecycle.check(chfChange, chf, request.originator()).responseCode();
        Device gpf = null;
        if ("I0".equals(code)) {
            gpf = chf.gpfDeviceId() == null ? null : em.find(Device.class, chf.gpfDeviceId().value(), LockModeType.PESSIMISTIC_WRITE);
            code = chf.logisticsStatus() == LogisticsStatus.RETURNED ? ALREADY_RETURNED : gpfVerdict(gpfChange, gpf, request);
        }
        if ("I0".equals(code)) {
            for (Device device : new Device[] {chf, gpf}) {
                lifecycle.apply(device == chf ? chfChange : gpfChange, device, now);
                device.installBy(request.originator().partyId(), mpxn, installedAt == null ? now : installedAt, now);
            }
        }
        new ServiceAuditTrail(em, request.requestId(), request.serviceReferenceVariant(), now)
                .singleDevice(chfId.value(), code, mpxn);
        return code;
    }

    /** The GPF must be able to follow its CHF; if it cannot, the CH as a whole is in an incompatible status. */
    private String gpfVerdict(StatusChange change, Device gpf, ServiceUserRequest request) {
        LifecycleVerdict verdict = lifecycle.check(change, gpf, request.originator());
        return verdict.allowed() ? "I0" : LifecycleVerdict.STATUS_NOT_ALLOWED.responseCode();
    }
}
