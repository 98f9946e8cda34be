package uk.dsp.inventory.dsms.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import uk.dsp.inventory.dsms.control.CspReturnNotice;

/**
 * The CSP notices of returns and their delivery states: QUEUED when recorded with the returns records, SENT once
 * mailed, FAILED when every attempt failed. Administrators list them, e.g. the failed ones.
 */
@Stateless
public class CspNotices {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    /** One notice as administrators see it. */
    public record Notice(
            String requestId,
            String cspPartyId,
            String email,
            int deviceCount,
            String status,
            Instant queuedAt,
            Instant sentAt,
            String failure) {}

    /** In the delivery's transaction: true when this delivery is the one to mail it (it was QUEUED). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean startSending(CspReturnNotice notice) {
        return em.createNativeQuery("update csp_return_notification set status = 'SENT', sent_at = ?1, failure = null"
                                + " where request_id = ?2 and csp_party_id = ?3 and status = 'QUEUED'")
                        .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC))
                        .setParameter(2, notice.requestId())
                        .setParameter(3, notice.cspPartyId())
                        .executeUpdate()
                == 1;
    }

    /** In the delivery's transaction: a notice that no attempt could deliver, such as one to a CSP without email. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void failNow(CspReturnNotice notice, String reason) {
        markFailed(notice.requestId(), notice.cspPartyId(), reason);
    }

    /** After the last delivery attempt rolled back, sending the message to the DLQ. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(String requestId, String cspPartyId, String reason) {
        em.createNativeQuery("update csp_return_notification set status = 'FAILED', failure = ?1"
                        + " where request_id = ?2 and csp_party_id = ?3 and status = 'QUEUED'")
                .setParameter(1, reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300))
                .setParameter(2, requestId)
                .setParameter(3, cspPartyId)
                .executeUpdate();
    }

    public List<Notice> list(String status, String cspPartyId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_id, csp_party_id, email, device_count, status,"
                        + " queued_at, sent_at, failure from csp_return_notification"
                        + " where (cast(?1 as varchar) is null or status = ?1) and (cast(?2 as varchar) is null or csp_party_id = ?2)"
                        + " order by coalesce(queued_at, sent_at) desc limit ?3")
                .setParameter(1, status)
                .setParameter(2, cspPartyId)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Notice(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        (String) r[4],
                        instant(r[5]),
                        instant(r[6]),
                        (String) r[7]))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
