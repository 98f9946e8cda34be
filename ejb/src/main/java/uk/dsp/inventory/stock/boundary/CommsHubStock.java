package uk.dsp.inventory.stock.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.firmware.boundary.FirmwareCatalogue;
import uk.dsp.inventory.firmware.control.FirmwareVersions;
import uk.dsp.inventory.firmware.entity.FirmwareRelease;
import uk.dsp.inventory.reflash.control.ChargeLedger;
import uk.dsp.inventory.reflash.control.ReflashAccess;

/**
 * A party's CH stock, read from the SMI: its CHFs delivered to it, Pending, never installed and in its hands (not
 * returned, away for re-flash or scrapped). A party sees its own; DCC Logistics any party's, and the month-end counts.
 */
@Stateless
public class CommsHubStock {

    public static final int MAX_PAGE = 1_000;

    /** CHs of one model and firmware version: how many, the oldest delivery, and whether behind the catalogue. */
    public record Line(
            String manufacturer,
            String model,
            String firmwareVersion,
            long chs,
            LocalDate oldestDelivery,
            String latestVersion,
            boolean behind) {}

    /** One CH of the stock, its age in days since delivery. */
    public record Hub(
            Eui64 deviceId,
            String manufacturer,
            String model,
            String firmwareVersion,
            LocalDate deliveryDate,
            Long ageDays,
            String latestVersion,
            boolean behind) {}

    /** A party's CHs delivered and not installed at the end of a month. */
    public record MonthEnd(String partyId, long chs) {}

    /** A month's end counts, when they were counted, and whether they are the ones kept for that month. */
    public record MonthEndCounts(Instant countedAt, boolean kept, List<MonthEnd> parties) {}

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @EJB
    FirmwareCatalogue catalogue;

    public List<Line> summary(PartyMember member, String partyId) {
        String party = partyOf(member, partyId);
        Map<String, String> latest = catalogue.latestVersions();
        List<Line> lines = new ArrayList<>();
        // the counts kept by the device table's triggers (V18), read by V19's function
        for (Object[] r : rows("select * from ch_stock_summary(?1)", party)) {
            String version = latestOf(latest, r[0], r[1]);
            lines.add(new Line(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    date(r[4]),
                    version,
                    isBehind((String) r[2], version)));
        }
        return lines;
    }

    /** CHs of the stock by Device ID after {@code after}; {@code behindOnly} keeps those behind the catalogue. */
    public List<Hub> hubs(PartyMember member, String partyId, boolean behindOnly, Long after, int limit) {
        String party = partyOf(member, partyId);
        Map<String, String> latest = catalogue.latestVersions();
        LocalDate today = LocalDate.ofInstant(Instant.now(), ChargeLedger.UK);
        List<Hub> hubs = new ArrayList<>();
        long from = after == null ? Long.MIN_VALUE : after;
        while (hubs.size() < limit) {
            List<Object[]> page = rows("select * from ch_stock_page(?1, ?2, ?3)", party, from, limit);
            for (Object[] r : page) {
                String version = latestOf(latest, r[1], r[2]);
                boolean behind = isBehind((String) r[3], version);
                from = ((Number) r[0]).longValue();
                if (behind || !behindOnly) {
                    LocalDate delivered = date(r[4]);
                    hubs.add(new Hub(
                            new Eui64(from),
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            delivered,
                            delivered == null ? null : ChronoUnit.DAYS.between(delivered, today),
                            version,
                            behind));
                }
                if (hubs.size() == limit) {
                    break;
                }
            }
            if (page.size() < limit) {
                break;
            }
        }
        return hubs;
    }

    /**
     * Per party, its CHFs delivered by the month's last day and not installed by then. The month just ended is counted
     * once, at its first asking (StockCountKeeping asks at 00:01 on the 1st), and kept, so that the figures a month's
     * charges rest on do not change afterwards. Any other month without kept counts is counted now, from the SMI as it
     * holds them now: a CH deleted or re-notified since is counted as it is today.
     */
    public MonthEndCounts monthEnd(PartyMember member, YearMonth month) {
        ReflashAccess.requireLogistics(member);
        return monthEnd(month);
    }

    /** The same, asked by the system itself (StockCountKeeping), with no person to check. */
    public MonthEndCounts monthEnd(YearMonth month) {
        MonthEndCounts kept = kept(month);
        if (kept != null) {
            return kept;
        }
        LocalDate first = month.atDay(1);
        if (!month.equals(YearMonth.now(ChargeLedger.UK).minusMonths(1))) {
            return new MonthEndCounts(
                    Instant.now(), false, monthEnds(rows("select * from ch_held_at_month_end(?1)", first)));
        }
        // taken by the first to ask; another asking at once waits for that commit, then reads what it kept (V19)
        bound("select ch_month_end_take(?1)", first).getSingleResult();
        return kept(month);
    }

    private MonthEndCounts kept(YearMonth month) {
        List<?> taken = bound("select taken_at from ch_month_end_taken where month = ?1", month.atDay(1))
                .getResultList();
        if (taken.isEmpty()) {
            return null;
        }
        List<Object[]> counts =
                rows("select party_id, chs from ch_month_end where month = ?1 order by 1", month.atDay(1));
        return new MonthEndCounts(instant(taken.get(0)), true, monthEnds(counts));
    }

    private static List<MonthEnd> monthEnds(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new MonthEnd((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    /** Folds the stock changes of every party changed since the last fold into a row per group (V18). */
    public void fold() {
        em.createNativeQuery("select ch_stock_compact()").getSingleResult();
    }

    private static String partyOf(PartyMember member, String partyId) {
        if (ReflashAccess.isLogistics(member) && partyId != null && !partyId.isBlank()) {
            return partyId;
        }
        ReflashAccess.requireParty(member);
        return member.partyId();
    }

    /** A native query's rows, its parameters bound in order (?1, ?2, ...). */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return bound(sql, parameters).getResultList();
    }

    private Query bound(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static String latestOf(Map<String, String> latest, Object manufacturer, Object model) {
        return latest.get(FirmwareRelease.key((String) manufacturer, (String) model));
    }

    private static boolean isBehind(String version, String latest) {
        return latest != null && (version == null || FirmwareVersions.ORDER.compare(version, latest) < 0);
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
