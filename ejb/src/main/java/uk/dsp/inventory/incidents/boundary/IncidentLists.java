package uk.dsp.inventory.incidents.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.incidents.control.IncidentAccess;
import uk.dsp.inventory.incidents.control.IncidentFilter;
import uk.dsp.inventory.incidents.control.IncidentView;
import uk.dsp.inventory.incidents.entity.Incident;
import uk.dsp.inventory.incidents.entity.IncidentStatus;

/**
 * Lists of incidents, read by keyset: a supplier's staff see those their party raised or is assigned; the DCC
 * service desk sees all of them, and the overdue report (SEC Section H obligation monitoring).
 */
@Stateless
public class IncidentLists {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<IncidentView> list(PartyMember who, IncidentFilter filter) {
        boolean desk = IncidentAccess.isDesk(who);
        if (!desk && !who.may(UserRole.INCIDENTS)) {
            throw Refused.forbidden("your roles include no incidents");
        }
        LocalDate today = LocalDate.now(Clock.system(Incidents.UK));
        int limit = Math.min(Math.max(filter.limit(), 1), IncidentFilter.MAX_PAGE);
        Criteria criteria = new Criteria(status(filter.status()), device(filter.deviceId()), filter, today, limit);
        Stream<Incident> page = desk ? query(null, null, criteria) : partysPage(who.partyId(), filter.side(), criteria);
        return page.map(incident -> IncidentView.of(incident, today, List.of())).toList();
    }

    /** A page of the party's incidents: those waiting for it, those it raised, or both. */
    private Stream<Incident> partysPage(String party, IncidentFilter.Side side, Criteria criteria) {
        if (side == IncidentFilter.Side.WAITING_FOR_YOU) {
            return query("assigneeParty", party, criteria);
        }
        if (side == IncidentFilter.Side.RAISED_BY_YOU) {
            return query("raisedByParty", party, criteria);
        }
        // Raised by and assigned to the party are two disjoint sets with an index each: one keyset page from each,
        // merged, reads at most twice a page at any depth (an OR would sort them all).
        return Stream.concat(query("raisedByParty", party, criteria), query("assigneeParty", party, criteria))
                .sorted(Comparator.comparingLong(Incident::id).reversed())
                .limit(criteria.limit());
    }

    /** A list's filter, checked and parsed once for however many queries read it. */
    private record Criteria(IncidentStatus status, Long device, IncidentFilter filter, LocalDate today, int limit) {}

    /** One keyset page, newest first; only of the incidents whose {@code partyField} is {@code party}, if given. */
    private Stream<Incident> query(String partyField, String party, Criteria criteria) {
        IncidentStatus status = criteria.status();
        Long device = criteria.device();
        IncidentFilter filter = criteria.filter();
        LocalDate today = criteria.today();
        int limit = criteria.limit();
        StringBuilder jpql = new StringBuilder("select i from Incident i where 1 = 1");
        if (partyField != null) {
            jpql.append(" and i.").append(partyField).append(" = :party");
        }
        if (status != null) {
            jpql.append(" and i.status = :status");
        }
        if (device != null) {
            jpql.append(" and i.deviceId = :device");
        }
        if (filter.overdueOnly()) {
            jpql.append(" and i.status = :open and i.dueOn < :today");
        }
        if (filter.before() != null) {
            jpql.append(" and i.id < :before");
        }
        jpql.append(" order by i.id desc");
        TypedQuery<Incident> query =
                em.createQuery(jpql.toString(), Incident.class).setMaxResults(limit);
        if (partyField != null) {
            query.setParameter("party", party);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (device != null) {
            query.setParameter("device", device);
        }
        if (filter.overdueOnly()) {
            query.setParameter("open", IncidentStatus.OPEN).setParameter("today", today);
        }
        if (filter.before() != null) {
            query.setParameter("before", filter.before());
        }
        return query.getResultList().stream();
    }

    private static IncidentStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return IncidentStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("status is one of OPEN, ANSWERED, CLOSED");
        }
    }

    private static Long device(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Eui64.typed(text)
                .orElseThrow(() -> Refused.invalid("deviceId is an EUI-64 such as " + Eui64.EXAMPLE))
                .value();
    }
}
