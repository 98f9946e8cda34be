package uk.dsp.inventory.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import uk.dsp.inventory.audit.entity.SatEntry;
import uk.dsp.inventory.dcc.RequestId;

/** Writes a request's Service Audit Trail in the caller's transaction: one entry for it, one for each device. */
public class ServiceAuditTrail {

    private final EntityManager em;
    private final RequestId requestId;
    private final String serviceReferenceVariant;
    private final Instant now;

    public ServiceAuditTrail(EntityManager em, RequestId requestId, String serviceReferenceVariant, Instant now) {
        this.em = em;
        this.requestId = requestId;
        this.serviceReferenceVariant = serviceReferenceVariant;
        this.now = now;
    }

    public void request(String responseCode, String detail) {
        persist(SatEntry.REQUEST, null, responseCode, detail);
    }

    public void device(long deviceId, String responseCode, String detail) {
        persist(SatEntry.DEVICE, deviceId, responseCode, detail);
    }

    /** The usual single-device SR: its device's entry and the request's, with the same code. */
    public void singleDevice(long deviceId, String responseCode, String detail) {
        device(deviceId, responseCode, detail);
        request(responseCode, detail);
    }

    private void persist(String kind, Long deviceId, String responseCode, String detail) {
        em.persist(new SatEntry(requestId.toString(), requestId.originator().toString(), serviceReferenceVariant, kind,
                deviceId, responseCode, detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300), now));
    }
}
