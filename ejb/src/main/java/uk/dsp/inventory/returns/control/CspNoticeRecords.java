package uk.dsp.inventory.returns.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import uk.dsp.inventory.platform.persistence.SqlInstants;

/** The SQL of the CSP notices' rows (csp_return_notification) and their states, in the caller's transaction. */
public class CspNoticeRecords {

    private static final int MAX_FAILURE = 300;

    private final EntityManager em;

    public CspNoticeRecords(EntityManager em) {
        this.em = em;
    }

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

    /** A new notice, QUEUED; one already recorded for the request and CSP stays as it is. */
    public void queue(CspReturnNotice notice) {
        em.createNativeQuery(
                        "insert into csp_return_notification (request_id, csp_party_id, device_count, email, status,"
                                + " queued_at) values (?1, ?2, ?3, ?4, 'QUEUED', ?5) on conflict do nothing")
                .setParameter(1, notice.requestId())
                .setParameter(2, notice.cspPartyId())
                .setParameter(3, notice.chfDeviceIds().size())
                .setParameter(4, notice.cspEmail())
                .setParameter(5, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** SENT, if it was QUEUED: true when the caller is the one to mail it. */
    public boolean markSent(String requestId, String cspPartyId) {
        return em.createNativeQuery("update csp_return_notification set status = 'SENT', sent_at = ?1, failure = null"
                                + " where request_id = ?2 and csp_party_id = ?3 and status = 'QUEUED'")
                        .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC))
                        .setParameter(2, requestId)
                        .setParameter(3, cspPartyId)
                        .executeUpdate()
                == 1;
    }

    public void markFailed(String requestId, String cspPartyId, String reason) {
        em.createNativeQuery("update csp_return_notification set status = 'FAILED', failure = ?1"
                        + " where request_id = ?2 and csp_party_id = ?3 and status = 'QUEUED'")
                .setParameter(
                        1, reason == null || reason.length() <= MAX_FAILURE ? reason : reason.substring(0, MAX_FAILURE))
                .setParameter(2, requestId)
                .setParameter(3, cspPartyId)
                .executeUpdate();
    }

    /** A FAILED notice sent again by a person: QUEUED, its last failure kept until it is sent. */
    public void requeue(String requestId, String cspPartyId) {
        em.createNativeQuery("update csp_return_notification set status = 'QUEUED'"
                        + " where request_id = ?1 and csp_party_id = ?2 and status = 'FAILED'")
                .setParameter(1, requestId)
                .setParameter(2, cspPartyId)
                .executeUpdate();
    }

    /** Newest first; {@code status} and {@code cspPartyId} are filters when not null. */
    public List<Notice> list(String status, String cspPartyId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_id, csp_party_id, email, device_count, status,"
                        + " queued_at, sent_at, failure from csp_return_notification"
                        + " where (cast(?1 as varchar) is null or status = ?1)"
                        + " and (cast(?2 as varchar) is null or csp_party_id = ?2)"
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
                        SqlInstants.of(r[5]),
                        SqlInstants.of(r[6]),
                        (String) r[7]))
                .toList();
    }

    public long failed() {
        return ((Number) em.createNativeQuery("select count(*) from csp_return_notification where status = 'FAILED'")
                        .getSingleResult())
                .longValue();
    }
}
