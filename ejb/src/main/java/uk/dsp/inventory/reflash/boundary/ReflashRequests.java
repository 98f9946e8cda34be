package uk.dsp.inventory.reflash.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.firmware.boundary.FirmwareCatalogue;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.reflash.control.ChargeLedger;
import uk.dsp.inventory.reflash.control.CommsHubEligibility;
import uk.dsp.inventory.reflash.control.RedeliveryRules;
import uk.dsp.inventory.reflash.control.ReflashAccess;
import uk.dsp.inventory.reflash.control.ReflashHistory;
import uk.dsp.inventory.reflash.control.ReflashMails;
import uk.dsp.inventory.reflash.control.ReflashQueries;
import uk.dsp.inventory.reflash.control.ReflashRefusal;
import uk.dsp.inventory.reflash.control.ReflashSettings;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.Redelivery;
import uk.dsp.inventory.reflash.entity.ReflashEvent;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.reflash.entity.ReflashStep;
import uk.dsp.inventory.reflash.entity.RequestStatus;
import uk.dsp.inventory.reflash.entity.WorkOrder;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;
import uk.dsp.inventory.smi.entity.Device;

/**
 * A party's re-flash requests (requirement 1): each CH is checked on its own, the request holds those that passed,
 * and one that none passed is not recorded. The party amends the re-delivery until its CHs are dispatched. A party
 * sees only its own requests; DCC Logistics sees all.
 */
@Stateless
public class ReflashRequests {

    /** The most CHs one request may name, whatever the monthly volume: a bound on the work one call can ask for. */
    public static final int MAX_NAMED = 5_000;

    private static final Logger LOG = Logger.getLogger(ReflashRequests.class.getName());

    /** One CH the request could not take, and why. */
    public record Refusal(String deviceId, ReflashRefusal reason) {}

    /** A request in a list, with how many CHs it holds. */
    public record Listed(ReflashRequest request, long commsHubs) {}

    /** The request as recorded (null when no CH passed), the CHs it holds and the refused ones. */
    public record Outcome(ReflashRequest request, List<Eui64> accepted, List<Refusal> refused) {}

    /** A request with its CHs, its work orders and its history. */
    public record Details(
            ReflashRequest request, List<ReflashItem> items, List<WorkOrder> workOrders, List<ReflashEvent> history) {}

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @EJB
    FirmwareCatalogue catalogue;

    @Inject
    ReflashQueries rows;

    @Inject
    ReflashHistory history;

    @Inject
    ReflashMails mails;

    public Outcome request(PartyMember member, List<String> deviceIds, Redelivery given) {
        ReflashAccess.requireParty(member);
        Instant now = Instant.now();
        Redelivery redelivery = RedeliveryRules.checked(given, LocalDate.ofInstant(now, ChargeLedger.UK));
        if (deviceIds == null || deviceIds.isEmpty() || deviceIds.size() > MAX_NAMED) {
            throw Refused.invalid("deviceIds names from 1 to " + MAX_NAMED + " CHs by their CHF Device ID");
        }
        // One request of a party at a time: the monthly volume is counted and spent without a race.
        em.find(Party.class, member.partyId(), LockModeType.PESSIMISTIC_WRITE);
        List<Refusal> refused = new ArrayList<>();
        Map<Long, String> named = parse(deviceIds, refused);
        Map<Long, Device> devices = rows.devicesLocked(named.keySet());
        Set<Long> open = rows.inOpenReflash(named.keySet());
        CommsHubEligibility eligibility = new CommsHubEligibility(catalogue.latestVersions());
        int allowance = ReflashSettings.current().monthlyVolume() - requestedThisMonth(member.partyId(), now);
        List<Device> passed = new ArrayList<>();
        for (Map.Entry<Long, String> entry : named.entrySet()) {
            ReflashRefusal refusal =
                    eligibility.refusal(devices.get(entry.getKey()), member.partyId(), open.contains(entry.getKey()));
            if (refusal == null && passed.size() >= allowance) {
                refusal = ReflashRefusal.OVER_MONTHLY_VOLUME;
            }
            if (refusal == null) {
                passed.add(devices.get(entry.getKey()));
            } else {
                refused.add(new Refusal(entry.getValue(), refusal));
            }
        }
        if (passed.isEmpty()) {
            return new Outcome(null, List.of(), refused);
        }
        ReflashRequest request = new ReflashRequest(member.partyId(), redelivery, member.username(), now);
        em.persist(request);
        em.flush(); // its ID, for its CHs
        List<Eui64> accepted = new ArrayList<>(passed.size());
        for (Device chf : passed) {
            em.persist(new ReflashItem(
                    request.id(),
                    chf.deviceId(),
                    chf.cspRegion() == null ? null : chf.cspRegion().name(),
                    chf.model(),
                    chf.firmwareVersion(),
                    member.username(),
                    now));
            accepted.add(chf.deviceId());
        }
        history.record(
                request.id(),
                null,
                null,
                member.username(),
                member.partyId(),
                ReflashStep.REQUESTED,
                accepted.size() + " CHs requested, " + refused.size() + " refused",
                now);
        LOG.info(() -> "Re-flash request " + request.reference() + " by " + member.username() + " of "
                + member.partyId() + ": " + accepted.size() + " CHs, " + refused.size() + " refused");
        return new Outcome(request, accepted, refused);
    }

    /** Newest first by keyset: a party its own, DCC Logistics every party's (or one party's, or one status). */
    public List<Listed> page(PartyMember member, String partyId, RequestStatus status, Long before, int limit) {
        String party = partyId;
        if (!ReflashAccess.isLogistics(member)) {
            ReflashAccess.requireParty(member);
            party = member.partyId();
        }
        List<ReflashRequest> page = rows.newestFirst(ReflashRequest.class, "partyId", party, status, before, limit);
        Map<Long, Long> counts =
                rows.itemCounts(page.stream().map(ReflashRequest::id).toList());
        return page.stream()
                .map(request -> new Listed(request, counts.getOrDefault(request.id(), 0L)))
                .toList();
    }

    public Details details(PartyMember member, long requestId) {
        ReflashRequest request = visible(member, requestId, false);
        return new Details(request, rows.itemsOfRequest(requestId), workOrdersOf(requestId), history.of(requestId));
    }

    /** Requirement 8: until its CHs are dispatched, the party changes where and when they come back. */
    public ReflashRequest amend(PartyMember member, long requestId, Redelivery given) {
        ReflashAccess.requireParty(member);
        Instant now = Instant.now();
        Redelivery redelivery = RedeliveryRules.checked(given, LocalDate.ofInstant(now, ChargeLedger.UK));
        ReflashRequest request = visible(member, requestId, true);
        List<WorkOrder> orders = workOrdersOf(requestId);
        boolean dispatched = orders.stream().anyMatch(o -> o.status() != WorkOrderStatus.OPEN);
        if (dispatched || request.status() == RequestStatus.REJECTED || request.status() == RequestStatus.COMPLETED) {
            throw Refused.conflict("request " + request.reference() + " is " + request.status()
                    + (dispatched ? " and dispatched" : "")
                    + ": the re-delivery is amended only until the CHs are dispatched");
        }
        request.amend(redelivery);
        history.record(
                requestId,
                null,
                null,
                member.username(),
                member.partyId(),
                ReflashStep.AMENDED,
                "re-delivery: " + redelivery.address().replace('\n', ',') + ", wanted " + redelivery.wantedOn(),
                now);
        mails.amended(request, orders);
        return request;
    }

    /** The CHs the party asked for this calendar month (UK), but for those the DCC did not authorise. */
    int requestedThisMonth(String partyId, Instant now) {
        Instant monthStart = ZonedDateTime.ofInstant(now, ChargeLedger.UK)
                .toLocalDate()
                .withDayOfMonth(1)
                .atStartOfDay(ChargeLedger.UK)
                .toInstant();
        return em.createQuery(
                        "select count(i) from ReflashItem i, ReflashRequest r where i.requestId = r.id"
                                + " and r.partyId = :party and r.requestedAt >= :start and i.status <> :not",
                        Long.class)
                .setParameter("party", partyId)
                .setParameter("start", monthStart)
                .setParameter("not", ItemStatus.NOT_AUTHORISED)
                .getSingleResult()
                .intValue();
    }

    private List<WorkOrder> workOrdersOf(long requestId) {
        return em.createQuery("select w from WorkOrder w where w.requestId = :id order by w.id", WorkOrder.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    /** A party sees and changes its own requests; DCC Logistics sees every request. */
    private ReflashRequest visible(PartyMember member, long requestId, boolean toChange) {
        return rows.owned(
                ReflashRequest.class,
                requestId,
                toChange,
                member,
                ReflashAccess::requireParty,
                ReflashRequest::partyId,
                "no re-flash request " + requestId + " of your party");
    }

    /** Each ID once, in the order given; the malformed and the repeated are refused by name. */
    private static Map<Long, String> parse(List<String> deviceIds, List<Refusal> refused) {
        Map<Long, String> named = new LinkedHashMap<>();
        Set<Long> twice = new HashSet<>();
        for (String raw : deviceIds) {
            Optional<Eui64> typed = Eui64.typed(raw);
            if (typed.isEmpty()) {
                refused.add(new Refusal(raw == null ? "" : abbreviated(raw), ReflashRefusal.NOT_A_DEVICE_ID));
                continue;
            }
            Eui64 chf = typed.get();
            long id = chf.value();
            if (named.putIfAbsent(id, chf.toString()) != null && twice.add(id)) {
                refused.add(new Refusal(named.get(id), ReflashRefusal.NAMED_TWICE));
            }
        }
        return named;
    }

    private static String abbreviated(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
