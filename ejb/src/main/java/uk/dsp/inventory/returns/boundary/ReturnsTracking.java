package uk.dsp.inventory.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.returns.control.ReturnsFilter;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/**
 * A Service User follows the returns of its own CHs, one record per CH (seed 000), and, beyond the seed, a bulk
 * request as a whole: its records counted by status. A CSP sees the records of its region's CHs, and DCC operators
 * those past their due date.
 */
@Stateless
public class ReturnsTracking {

    public static final int MAX_PAGE = ReturnsFilter.MAX_PAGE;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    /** A keyset page of the party's records, newest first. */
    public List<ReturnsRecord> page(String partyId, ReturnsFilter filter) {
        return recordsOf(query("r.returningPartyId", partyId, filter).getResultList());
    }

    /** A keyset page of the records of a region's CHs (CspRegion's name), newest first: its CSP's work. */
    public List<ReturnsRecord> regionPage(String cspRegion, ReturnsFilter filter) {
        return recordsOf(query("r.cspRegion", cspRegion, filter).getResultList());
    }

    /**
     * The page's records, by the IDs its query chose. Asked for whole rows, PostgreSQL chose a page by walking the
     * primary key from the newest record and skipping other parties' rows, which it expects to be few: when a party's
     * records are all older than a million of others' (a supplier that stopped returning CHs for a while), its first
     * page took 160 to 660 ms. Asked for IDs only, it reads them from the party's (or region's) own index alone.
     */
    @SuppressWarnings("unchecked")
    private List<ReturnsRecord> recordsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery(
                        "select * from returns_record where record_id = any (?1) order by record_id desc",
                        ReturnsRecord.class)
                // Shown, never changed: not registered in the transaction's unit of work (no clones to compare).
                .setHint("eclipselink.read-only", true)
                .setParameter(1, ids.toArray(Long[]::new))
                .getResultList();
    }

    /** Records past their due date and not closed, by record ID (oldest opened first), a page after {@code after}. */
    public List<ReturnsRecord> overdue(LocalDate today, Long after, int limit) {
        return em.createQuery(
                        "select r from ReturnsRecord r where r.status <> 'CLOSED' and r.dueOn < :today"
                                + " and r.recordId > :after order by r.recordId",
                        ReturnsRecord.class)
                .setHint("eclipselink.read-only", true)
                .setParameter("today", today)
                .setParameter("after", after == null ? 0L : after)
                .setMaxResults(Math.min(Math.max(limit, 1), MAX_PAGE))
                .getResultList();
    }

    /** The records of one of the party's requests, counted by status, in status order. */
    public Map<String, Long> countsByStatus(String partyId, String requestId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery(
                        "select r.status, count(r) from ReturnsRecord r where r.returningPartyId = :party"
                                + " and r.requestId = :request group by r.status order by r.status",
                        Object[].class)
                .setParameter("party", partyId)
                .setParameter("request", requestId)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The IDs of the page's records, newest first. */
    private TypedQuery<Long> query(String scope, String scopeValue, ReturnsFilter filter) {
        StringBuilder jpql = new StringBuilder("select r.recordId from ReturnsRecord r where " + scope + " = :scope");
        if (filter.deviceId() != null) {
            jpql.append(" and r.deviceId = :device");
        }
        if (filter.requestId() != null) {
            jpql.append(" and r.requestId = :request");
        }
        if (filter.status() != null) {
            jpql.append(" and r.status = :status");
        }
        if (filter.from() != null) {
            jpql.append(" and r.openedAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and r.openedAt < :to");
        }
        if (filter.before() != null) {
            jpql.append(" and r.recordId < :before");
        }
        jpql.append(" order by r.recordId desc");
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class)
                .setParameter("scope", scopeValue)
                .setMaxResults(Math.min(Math.max(filter.limit(), 1), MAX_PAGE));
        if (filter.deviceId() != null) {
            query.setParameter("device", filter.deviceId().value());
        }
        if (filter.requestId() != null) {
            query.setParameter("request", filter.requestId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(UK).toInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay(UK).toInstant());
        }
        if (filter.before() != null) {
            query.setParameter("before", filter.before());
        }
        return query;
    }
}
