package uk.dsp.inventory.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.eclipse.persistence.jpa.JpaEntityManager;
import uk.dsp.inventory.audit.entity.SatEntry;
import uk.dsp.inventory.dcc.ServiceUserRequest;

/** Writes a request's Service Audit Trail in the caller's transaction: one entry for it, one for each device. */
public class ServiceAuditTrail {

    private static final int MAX_DETAIL = 300;

    private final EntityManager em;
    private final ServiceUserRequest request;
    private final Instant now;

    /**
     * The container's entity manager finds the transaction's own at every call; a bulk request's 1,000 entries take
     * it once (in a profile of bulk returns, 11 of the audit's 28 samples were that lookup).
     */
    public ServiceAuditTrail(EntityManager em, ServiceUserRequest request, Instant now) {
        this.em = em.unwrap(JpaEntityManager.class);
        this.request = request;
        this.now = now;
    }

    public void request(String responseCode, String detail) {
        persist(SatEntry.REQUEST, null, responseCode, detail);
    }

    public void device(long deviceId, String responseCode, String detail) {
        persist(SatEntry.DEVICE, deviceId, responseCode, detail);
    }

    private void persist(String kind, Long deviceId, String responseCode, String detail) {
        em.persist(new SatEntry(
                request.requestId().toString(),
                request.requestId().originator().toString(),
                request.serviceReferenceVariant(),
                kind,
                deviceId,
                responseCode,
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL),
                now));
    }
}
