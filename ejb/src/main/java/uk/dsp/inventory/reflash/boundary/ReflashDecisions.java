package uk.dsp.inventory.reflash.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.reflash.control.ReflashAccess;
import uk.dsp.inventory.reflash.control.ReflashHistory;
import uk.dsp.inventory.reflash.control.ReflashMails;
import uk.dsp.inventory.reflash.control.ReflashQueries;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.reflash.entity.ReflashStep;
import uk.dsp.inventory.reflash.entity.RequestStatus;
import uk.dsp.inventory.reflash.entity.WorkOrder;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * DCC Logistics decides a request (requirements 2 and 3). A rejection says why. An acceptance authorises each CH
 * still in the party's stock, Pending and never installed; each authorised CH is away for re-flash from then on; one
 * DSMS work order per region goes to that region's CSP, which is mailed; the party is mailed the authorisation.
 */
@Stateless
public class ReflashDecisions {

    private static final Logger LOG = Logger.getLogger(ReflashDecisions.class.getName());

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    ReflashQueries rows;

    @Inject
    ReflashHistory history;

    @Inject
    ReflashMails mails;

    public ReflashRequest decide(PartyMember member, long requestId, boolean accept, String reason) {
        ReflashAccess.requireLogistics(member);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!accept && why == null || why != null && why.length() > 1000) {
            throw Refused.invalid("a rejection gives its reason, and a reason is at most 1,000 characters");
        }
        ReflashRequest request = em.find(ReflashRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw Refused.notFound("no re-flash request " + requestId);
        }
        if (request.status() != RequestStatus.REQUESTED) {
            throw Refused.conflict(
                    "request " + request.reference() + " is " + request.status() + ": it was decided already");
        }
        Instant now = Instant.now();
        List<ReflashItem> items = rows.itemsOfRequest(requestId);
        request.decide(accept, why, member.username(), now);
        List<WorkOrder> orders = accept ? authorise(request, items, member, now) : List.of();
        if (!accept) {
            items.forEach(i -> i.moveTo(ItemStatus.NOT_AUTHORISED, "request rejected", member.username(), now));
        }
        history.record(
                requestId,
                null,
                null,
                member.username(),
                member.partyId(),
                accept ? ReflashStep.ACCEPTED : ReflashStep.REJECTED,
                why,
                now);
        if (accept && orders.isEmpty()) {
            request.complete(); // none of its CHs could still go
        }
        mails.decided(request, orders, items, cspNames(orders));
        LOG.info(() -> "Re-flash request " + request.reference() + " " + request.status() + " by " + member.username()
                + ": " + orders.size() + " work orders");
        return request;
    }

    private List<WorkOrder> authorise(
            ReflashRequest request, List<ReflashItem> items, PartyMember member, Instant now) {
        Map<Long, Device> devices =
                rows.hubsLocked(items.stream().map(i -> i.deviceId().value()).toList());
        Map<String, List<ReflashItem>> byRegion = new TreeMap<>();
        for (ReflashItem item : items) {
            Device chf = devices.get(item.deviceId().value());
            String stillNot = stillEligible(chf, request.partyId());
            if (stillNot != null || item.cspRegion() == null) {
                item.moveTo(
                        ItemStatus.NOT_AUTHORISED,
                        stillNot == null ? "the CH has no CSP region" : stillNot,
                        member.username(),
                        now);
                continue;
            }
            byRegion.computeIfAbsent(item.cspRegion(), r -> new java.util.ArrayList<>())
                    .add(item);
        }
        List<WorkOrder> orders = new java.util.ArrayList<>();
        for (Map.Entry<String, List<ReflashItem>> region : byRegion.entrySet()) {
            Party csp = cspOf(region.getKey());
            WorkOrder order = new WorkOrder(request.id(), csp.partyId(), region.getKey(), now);
            em.persist(order);
            em.flush(); // its ID, for its CHs
            for (ReflashItem item : region.getValue()) {
                item.assignTo(order.id());
                item.moveTo(ItemStatus.AUTHORISED, null, member.username(), now);
                Device chf = devices.get(item.deviceId().value());
                chf.moveLogistics(LogisticsStatus.AWAY_FOR_REFLASH, now);
                Device gpf = chf.gpfDeviceId() == null
                        ? null
                        : devices.get(chf.gpfDeviceId().value());
                if (gpf != null) {
                    gpf.moveLogistics(LogisticsStatus.AWAY_FOR_REFLASH, now);
                }
            }
            history.record(
                    request.id(),
                    order.id(),
                    null,
                    member.username(),
                    member.partyId(),
                    ReflashStep.WORK_ORDER_CREATED,
                    order.reference() + " to " + csp.partyId() + " (" + region.getKey() + "), "
                            + region.getValue().size() + " CHs",
                    now);
            mails.workOrderToCsp(order, request, region.getValue());
            orders.add(order);
        }
        return orders;
    }

    /** Between the request and the decision the party may have installed or returned a CH. */
    private static String stillEligible(Device chf, String partyId) {
        if (chf == null) {
            return "no longer in the SMI";
        }
        if (!partyId.equals(chf.deliveredToPartyId())
                || chf.smiStatus() != SmiStatus.PENDING
                || chf.installedAt() != null
                || chf.logisticsStatus() != null && chf.logisticsStatus() != LogisticsStatus.DELIVERED) {
            return "no longer Pending in your stock";
        }
        return null;
    }

    private Party cspOf(String region) {
        return em.createQuery("select p from Party p where p.cspRegion = :region", Party.class)
                .setParameter("region", CspRegion.valueOf(region))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Refused.conflict(
                        "no CSP is registered for region " + region + ": register it before accepting"));
    }

    private Map<String, String> cspNames(List<WorkOrder> orders) {
        Map<String, String> names = new HashMap<>();
        for (WorkOrder order : orders) {
            names.computeIfAbsent(
                    order.cspPartyId(), id -> em.find(Party.class, id).name());
        }
        return names;
    }
}
