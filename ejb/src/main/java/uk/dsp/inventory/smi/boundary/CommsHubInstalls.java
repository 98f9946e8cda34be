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
import uk.dsp.inventory.smi.control.SmiOutcome;
import uk.dsp.inventory.smi.control.StatusChange;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.LogisticsStatus;

/**
 * SR 8.14.1 (installed with SM WAN) and 8.14.2 (installed without, 'install and leave'): the CHF and its GPF
 * change status together, and the installing supplier becomes the CH's responsible supplier at that MPxN.
 */
@Stateless
public class CommsHubInstalls {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final DeviceLifecycle lifecycle = new DeviceLifecycle();

    @AuditedServiceRequest
    public ServiceRequestResult install(
            ServiceUserRequest request, Eui64 chfId, boolean withSmWan, String mpxn, Instant installedAt) {
        Instant now = Instant.now();
        StatusChange chfChange =
                withSmWan ? StatusChange.INSTALL_HUB_WITH_SM_WAN : StatusChange.INSTALL_HUB_WITHOUT_SM_WAN;
        StatusChange gpfChange =
                withSmWan ? StatusChange.INSTALL_HUB_GPF_WITH_SM_WAN : StatusChange.INSTALL_HUB_WITHOUT_SM_WAN;
        Device chf = em.find(Device.class, chfId.value(), LockModeType.PESSIMISTIC_WRITE);
        SmiOutcome outcome = lifecycle.check(chfChange, chf, request.originator());
        Device gpf = null;
        if (outcome.accepted()) {
            gpf = chf.gpfDeviceId() == null
                    ? null
                    : em.find(Device.class, chf.gpfDeviceId().value(), LockModeType.PESSIMISTIC_WRITE);
            outcome = switch (chf.logisticsStatus() == null ? LogisticsStatus.DELIVERED : chf.logisticsStatus()) {
                case RETURNED -> SmiOutcome.ALREADY_RETURNED;
                case AWAY_FOR_REFLASH, SCRAPPED -> SmiOutcome.AWAY_FOR_REFLASH;
                case DELIVERED -> gpfOutcome(gpfChange, gpf, request);
            };
        }
        if (outcome.accepted()) {
            for (Device device : new Device[] {chf, gpf}) {
                lifecycle.apply(device == chf ? chfChange : gpfChange, device, now);
                device.installBy(request.originator().partyId(), mpxn, installedAt == null ? now : installedAt, now);
            }
        }
        return ServiceRequestResult.singleDevice(chfId, outcome, mpxn);
    }

    /** The GPF must be able to follow its CHF; if it cannot, the CH as a whole is in an incompatible status. */
    private SmiOutcome gpfOutcome(StatusChange change, Device gpf, ServiceUserRequest request) {
        return lifecycle.check(change, gpf, request.originator()).accepted()
                ? SmiOutcome.ACCEPTED
                : SmiOutcome.STATUS_NOT_ALLOWED;
    }
}
