package uk.dsp.inventory.reflash.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.reflash.control.ChargeLedger;
import uk.dsp.inventory.reflash.control.ReflashAccess;
import uk.dsp.inventory.reflash.entity.ReflashRequest;

/**
 * The money and the plans of re-flash: the explicit charges per party and month (seed 003 section 9.2), each CH's
 * line for the CSV, and the parties' six-monthly forecasts (MP155-D-001) against what they asked for. A party sees
 * its own; DCC Logistics every party's.
 */
@Stateless
public class ReflashLedger {

    /** How many months ahead a forecast covers, from the month after this one. */
    public static final int FORECAST_MONTHS = 6;

    /** A party's charges of one month. */
    public record MonthCharges(String partyId, YearMonth month, long chs, BigDecimal total) {}

    /** One charged CH. */
    public record Charge(
            String partyId, YearMonth month, String reference, Eui64 deviceId, BigDecimal amount, Instant chargedAt) {}

    /** A party's forecast of a month beside the CHs it asked for in it (all but those not authorised). */
    public record Forecast(String partyId, YearMonth month, Integer forecast, long requested) {}

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<MonthCharges> charges(PartyMember member, String partyId) {
        String party = partyOf(member, partyId);
        List<MonthCharges> months = new ArrayList<>();
        for (Object[] row : rows(
                "select party_id, month, count(*), sum(amount) from reflash_charge where " + scope(party, "party_id")
                        + " group by party_id, month order by month desc, party_id limit 600",
                party)) {
            months.add(new MonthCharges(
                    (String) row[0], month(row[1]), ((Number) row[2]).longValue(), (BigDecimal) row[3]));
        }
        return months;
    }

    public List<Charge> chargeLines(PartyMember member, String partyId, YearMonth month) {
        String party = partyOf(member, partyId);
        List<Charge> lines = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> charged = em.createNativeQuery(
                        "select party_id, month, request_id, device_id, amount, charged_at from reflash_charge where "
                                + scope(party, "party_id") + " and month = ?2 order by party_id, request_id, device_id")
                .setParameter(1, party == null ? "" : party)
                .setParameter(2, month.atDay(1))
                .getResultList();
        for (Object[] r : charged) {
            lines.add(new Charge(
                    (String) r[0],
                    month(r[1]),
                    ReflashRequest.reference(((Number) r[2]).longValue()),
                    new Eui64(((Number) r[3]).longValue()),
                    (BigDecimal) r[4],
                    instant(r[5])));
        }
        return lines;
    }

    /** The party's volumes for the next six months; a month left out keeps what was given before. */
    public void forecast(PartyMember member, Map<YearMonth, Integer> volumes) {
        ReflashAccess.requireParty(member);
        YearMonth first = YearMonth.from(LocalDate.ofInstant(Instant.now(), ChargeLedger.UK))
                .plusMonths(1);
        for (Map.Entry<YearMonth, Integer> volume : volumes.entrySet()) {
            if (volume.getKey().isBefore(first) || volume.getKey().isAfter(first.plusMonths(FORECAST_MONTHS - 1))) {
                throw Refused.invalid("a forecast covers the six months from " + first + " to "
                        + first.plusMonths(FORECAST_MONTHS - 1) + ", not " + volume.getKey());
            }
            if (volume.getValue() == null || volume.getValue() < 0 || volume.getValue() > 1_000_000) {
                throw Refused.invalid("a month's forecast is a number of CHs from 0 to 1,000,000");
            }
        }
        for (Map.Entry<YearMonth, Integer> volume : volumes.entrySet()) {
            em.createNativeQuery("insert into reflash_forecast (party_id, month, volume, given_at, given_by)"
                            + " values (?1, ?2, ?3, ?4, ?5) on conflict (party_id, month) do update set"
                            + " volume = excluded.volume, given_at = excluded.given_at, given_by = excluded.given_by")
                    .setParameter(1, member.partyId())
                    .setParameter(2, volume.getKey().atDay(1))
                    .setParameter(3, volume.getValue())
                    .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
                    .setParameter(5, member.username())
                    .executeUpdate();
        }
    }

    /**
     * Forecasts against requests, per party and month, from six months back to six ahead: a month appears when either
     * is there.
     */
    public List<Forecast> forecasts(PartyMember member, String partyId) {
        String party = partyOf(member, partyId);
        YearMonth now = YearMonth.from(LocalDate.ofInstant(Instant.now(), ChargeLedger.UK));
        List<Forecast> forecasts = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with asked as ("
                        + " select r.party_id, date_trunc('month', r.requested_at at time zone 'Europe/London')::date"
                        + " as month, count(*) as requested from reflash_item i join reflash_request r"
                        + " on r.request_id = i.request_id where i.status <> 'NOT_AUTHORISED'"
                        + " and " + scope(party, "r.party_id") + " and r.requested_at >= ?2 group by 1, 2)"
                        + " select coalesce(f.party_id, a.party_id), coalesce(f.month, a.month), f.volume,"
                        + " coalesce(a.requested, 0) from (select * from reflash_forecast where "
                        + scope(party, "party_id") + " and month between ?3 and ?4) f full join asked a"
                        + " on a.party_id = f.party_id and a.month = f.month order by 2, 1")
                .setParameter(1, party == null ? "" : party)
                .setParameter(
                        2,
                        now.minusMonths(FORECAST_MONTHS)
                                .atDay(1)
                                .atStartOfDay(ChargeLedger.UK)
                                .toInstant()
                                .atOffset(ZoneOffset.UTC))
                .setParameter(3, now.minusMonths(FORECAST_MONTHS).atDay(1))
                .setParameter(4, now.plusMonths(FORECAST_MONTHS).atDay(1))
                .getResultList();
        for (Object[] r : rows) {
            forecasts.add(new Forecast(
                    (String) r[0],
                    month(r[1]),
                    r[2] == null ? null : ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue()));
        }
        return forecasts;
    }

    /** A party its own; DCC Logistics the one it names, or all (null). */
    private static String partyOf(PartyMember member, String partyId) {
        if (ReflashAccess.isLogistics(member)) {
            return partyId == null || partyId.isBlank() ? null : partyId;
        }
        ReflashAccess.requireParty(member);
        return member.partyId();
    }

    /** The SQL that keeps a query to one party (its ID bound as ?1), or to none. */
    private static String scope(String party, String column) {
        return party == null ? "?1 = ''" : column + " = ?1"; // ?1 is bound '' for every party
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String party) {
        return em.createNativeQuery(sql)
                .setParameter(1, party == null ? "" : party)
                .getResultList();
    }

    private static YearMonth month(Object date) {
        return YearMonth.from(date instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) date);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }
}
