package uk.dsp.inventory.reflash.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.reflash.control.ReflashAccess;
import uk.dsp.inventory.reflash.control.ReflashHistory;
import uk.dsp.inventory.reflash.control.ReflashMails;
import uk.dsp.inventory.reflash.control.ReflashProgress;
import uk.dsp.inventory.reflash.control.ReflashQueries;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.reflash.entity.ReflashStep;
import uk.dsp.inventory.reflash.entity.RequestStatus;
import uk.dsp.inventory.reflash.entity.WorkOrder;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.LogisticsStatus;

/**
 * A CSP's work orders (requirements 5, 6 and 9), one CH at a time: received or refused on arrival, then re-flashed or
 * failed; then the whole order dispatched back to the party, and delivered. A CSP sees and works only its own orders;
 * another's is "not found".
 */
@Stateless
public class WorkOrders {

    private static final Logger LOG = Logger.getLogger(WorkOrders.class.getName());

    /** An order with its request (for the re-delivery details) and its CHs. */
    public record Details(WorkOrder order, ReflashRequest request, List<ReflashItem> items) {}

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    ReflashQueries rows;

    @Inject
    ReflashHistory history;

    @Inject
    ReflashMails mails;

    @Inject
    ReflashProgress progress;

    /** The CSP's orders, newest first, by keyset; DCC Logistics sees every CSP's. */
    public List<WorkOrder> page(PartyMember member, WorkOrderStatus status, Long before, int limit) {
        String csp = null;
        if (!ReflashAccess.isLogistics(member)) {
            ReflashAccess.requireCsp(member);
            csp = member.partyId();
        }
        return rows.newestFirst(WorkOrder.class, "cspPartyId", csp, status, before, limit);
    }

    public Details details(PartyMember member, long workOrderId) {
        WorkOrder order = ownOrder(member, workOrderId, false);
        return new Details(order, em.find(ReflashRequest.class, order.requestId()), rows.itemsOfWorkOrder(workOrderId));
    }

    /** Requirement 5: the CH arrived; refused with a reason, for example not in its original sealed packaging. */
    public ReflashItem receive(PartyMember member, long workOrderId, Eui64 chf, boolean accepted, String reason) {
        String why = reasonFor(accepted, reason, "a refusal on arrival");
        WorkOrder order = openOrder(member, workOrderId);
        ReflashItem item = itemIn(order, chf, ItemStatus.AUTHORISED, "received or refused");
        Instant now = Instant.now();
        item.moveTo(accepted ? ItemStatus.RECEIVED : ItemStatus.REFUSED, why, member.username(), now);
        if (!accepted) {
            hubBack(chf, LogisticsStatus.DELIVERED, now); // sent back to the party as it came
        }
        step(item, member, accepted ? ReflashStep.RECEIVED : ReflashStep.REFUSED, why, now);
        return item;
    }

    /** Requirement 6: re-flashed (and charged), or failed: the CH is scrapped (MP155-R-001) and not charged. */
    public ReflashItem result(PartyMember member, long workOrderId, Eui64 chf, boolean success, String reason) {
        String why = reasonFor(success, reason, "a failure");
        WorkOrder order = openOrder(member, workOrderId);
        ReflashItem item = itemIn(order, chf, ItemStatus.RECEIVED, "re-flashed or failed");
        Instant now = Instant.now();
        ReflashRequest request = em.find(ReflashRequest.class, item.requestId());
        if (success) {
            progress.succeeded(item, request.partyId(), member.username(), member.partyId(), now);
        } else {
            item.moveTo(ItemStatus.FAILED, why, member.username(), now);
            hubBack(chf, LogisticsStatus.SCRAPPED, now);
            step(item, member, ReflashStep.FAILED, why, now);
        }
        return item;
    }

    /**
     * Requirement 9: the order goes back to the party as a whole, once each CH has arrived and has its result, and the
     * SMI knows each re-flashed CH's new firmware (by CSPM-N3 or DCC Logistics' file).
     */
    public WorkOrder dispatch(PartyMember member, long workOrderId) {
        WorkOrder order = openOrder(member, workOrderId);
        List<ReflashItem> items = rows.itemsOfWorkOrder(workOrderId);
        String left = DispatchReadiness.stillToDo(items);
        if (!left.isEmpty()) {
            throw Refused.conflict(order.reference() + " cannot be dispatched yet: " + left);
        }
        Instant now = Instant.now();
        order.dispatch(member.username(), now);
        for (ReflashItem item : items) {
            if (item.status() == ItemStatus.REFLASHED) {
                item.moveTo(ItemStatus.DISPATCHED, null, member.username(), now);
            }
        }
        ReflashRequest request = em.find(ReflashRequest.class, order.requestId(), LockModeType.PESSIMISTIC_WRITE);
        history.record(
                order.requestId(),
                order.id(),
                null,
                member.username(),
                member.partyId(),
                ReflashStep.DISPATCHED,
                null,
                now);
        mails.dispatched(request, order, items);
        return order;
    }

    /** The party has its CHs back: Pending in its stock, with their new firmware. */
    public WorkOrder deliver(PartyMember member, long workOrderId) {
        WorkOrder order =
                orderIn(member, workOrderId, WorkOrderStatus.DISPATCHED, "only a dispatched order is delivered");
        Instant now = Instant.now();
        order.deliver(member.username(), now);
        List<ReflashItem> items = rows.itemsOfWorkOrder(workOrderId);
        Map<Long, Device> devices = rows.hubsLocked(items.stream()
                .filter(i -> i.status() == ItemStatus.DISPATCHED)
                .map(i -> i.deviceId().value())
                .toList());
        for (ReflashItem item : items) {
            if (item.status() == ItemStatus.DISPATCHED) {
                item.moveTo(ItemStatus.DELIVERED, null, member.username(), now);
            }
        }
        devices.values().forEach(d -> d.moveLogistics(LogisticsStatus.DELIVERED, now));
        ReflashRequest request = em.find(ReflashRequest.class, order.requestId(), LockModeType.PESSIMISTIC_WRITE);
        history.record(
                order.requestId(),
                order.id(),
                null,
                member.username(),
                member.partyId(),
                ReflashStep.DELIVERED,
                null,
                now);
        completeIfDone(request, member, now);
        mails.delivered(request, order, items);
        return order;
    }

    private void completeIfDone(ReflashRequest request, PartyMember member, Instant now) {
        boolean open = rows.itemsOfRequest(request.id()).stream()
                .anyMatch(i -> i.status().isOpen());
        if (!open && request.status() == RequestStatus.ACCEPTED) {
            request.complete();
            history.record(
                    request.id(), null, null, member.username(), member.partyId(), ReflashStep.COMPLETED, null, now);
        }
    }

    private void hubBack(Eui64 chf, LogisticsStatus status, Instant now) {
        rows.hubsLocked(List.of(chf.value())).values().forEach(d -> d.moveLogistics(status, now));
    }

    private void step(ReflashItem item, PartyMember member, ReflashStep step, String why, Instant now) {
        history.record(
                item.requestId(),
                item.workOrderId(),
                item.deviceId().value(),
                member.username(),
                member.partyId(),
                step,
                why,
                now);
        LOG.info(() -> "Work order " + item.workOrderId() + ": CH " + item.deviceId() + " " + step + " by "
                + member.username());
    }

    private static String reasonFor(boolean positive, String reason, String what) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!positive && why == null || why != null && why.length() > 500) {
            throw Refused.invalid(what + " gives its reason, and a reason is at most 500 characters");
        }
        return why;
    }

    private ReflashItem itemIn(WorkOrder order, Eui64 chf, ItemStatus needed, String step) {
        ReflashItem item = em.createQuery(
                        "select i from ReflashItem i where i.workOrderId = :order and i.deviceId = :device",
                        ReflashItem.class)
                .setParameter("order", order.id())
                .setParameter("device", chf.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Refused.notFound("CH " + chf + " is not in work order " + order.reference()));
        if (item.status() != needed) {
            throw Refused.conflict("CH " + chf + " is " + item.status() + ": only a CH " + needed + " is " + step);
        }
        return item;
    }

    private WorkOrder openOrder(PartyMember member, long workOrderId) {
        return orderIn(member, workOrderId, WorkOrderStatus.OPEN, "its CHs change only while it is OPEN");
    }

    /** The CSP's own order, locked for a step, in the state the step needs. */
    private WorkOrder orderIn(PartyMember member, long workOrderId, WorkOrderStatus needed, String rule) {
        WorkOrder order = ownOrder(member, workOrderId, true);
        if (order.status() != needed) {
            throw Refused.conflict(order.reference() + " is " + order.status() + ": " + rule);
        }
        return order;
    }

    /** A CSP sees and works its own orders; DCC Logistics sees every order. */
    private WorkOrder ownOrder(PartyMember member, long workOrderId, boolean forStep) {
        return rows.owned(
                WorkOrder.class,
                workOrderId,
                forStep,
                member,
                ReflashAccess::requireCsp,
                WorkOrder::cspPartyId,
                "no work order " + workOrderId + " of your CSP");
    }
}
