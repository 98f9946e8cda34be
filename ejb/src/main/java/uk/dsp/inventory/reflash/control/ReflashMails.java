package uk.dsp.inventory.reflash.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.Redelivery;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.reflash.entity.WorkOrder;
import uk.dsp.inventory.users.control.MailToParty;

/** The mails of a re-flash (seed 003: communication with parties is by e-mail), each through the outbox. */
@Dependent
public class ReflashMails {

    @Inject
    MailToParty mails;

    public void decided(
            ReflashRequest request, List<WorkOrder> workOrders, List<ReflashItem> items, Map<String, String> cspNames) {
        boolean accepted = !workOrders.isEmpty();
        StringBuilder body = new StringBuilder("Your re-flash request " + request.reference() + " of "
                + request.requestedAt().atZone(ChargeLedger.UK).toLocalDate() + " was "
                + (accepted ? "accepted" : "rejected") + " by the DCC.\n");
        if (request.decisionReason() != null) {
            body.append("Reason: ").append(request.decisionReason()).append('\n');
        }
        if (accepted) {
            body.append("\nAuthorisation ")
                    .append(request.reference())
                    .append(": send these CHs, in their original sealed packaging, to the CSP of their region,"
                            + " quoting the reference and the work order:\n");
            for (WorkOrder order : workOrders) {
                body.append("\n")
                        .append(order.reference())
                        .append(", ")
                        .append(cspNames.getOrDefault(order.cspPartyId(), order.cspPartyId()))
                        .append(" (")
                        .append(order.cspPartyId())
                        .append(", region ")
                        .append(order.regionName())
                        .append(')')
                        .append(":\n");
                items.stream()
                        .filter(i -> Long.valueOf(order.id()).equals(i.workOrderId()))
                        .forEach(i -> body.append("  ").append(i.deviceId()).append('\n'));
            }
        }
        List<ReflashItem> notAuthorised = items.stream()
                .filter(i -> i.status() == ItemStatus.NOT_AUTHORISED)
                .toList();
        if (accepted && !notAuthorised.isEmpty()) {
            body.append("\nNot authorised, as they can no longer be re-flashed:\n");
            notAuthorised.forEach(i -> body.append("  ")
                    .append(i.deviceId())
                    .append(": ")
                    .append(i.reason())
                    .append('\n'));
        }
        toParty(request, "Re-flash request " + request.reference() + (accepted ? " accepted" : " rejected"), body);
    }

    public void workOrderToCsp(WorkOrder order, ReflashRequest request, List<ReflashItem> items) {
        StringBuilder body = new StringBuilder("The DCC has assigned you work order " + order.reference()
                + " of re-flash request " + request.reference() + " by party " + request.partyId() + ": "
                + items.size() + " CHs of region " + order.regionName()
                + " to receive, re-flash to the latest production firmware and deliver back.\n\n");
        items.forEach(i -> body.append("  ")
                .append(i.deviceId())
                .append("  ")
                .append(i.model())
                .append("  firmware ")
                .append(i.firmwareBefore())
                .append('\n'));
        body.append("\nRe-delivery: ").append(describe(request.redelivery())).append('\n');
        mails.send(
                "work order " + order.reference(),
                order.cspPartyId(),
                UserRole.WORK_ORDERS,
                "Work order " + order.reference() + ": re-flash of " + items.size() + " CHs",
                body.toString());
    }

    public void amended(ReflashRequest request, List<WorkOrder> openOrders) {
        for (WorkOrder order : openOrders) {
            mails.send(
                    "work order " + order.reference(),
                    order.cspPartyId(),
                    UserRole.WORK_ORDERS,
                    "Work order " + order.reference() + ": re-delivery details amended",
                    "Party " + request.partyId() + " amended the re-delivery of request " + request.reference()
                            + ". Deliver to: " + describe(request.redelivery()) + "\n");
        }
    }

    public void dispatched(ReflashRequest request, WorkOrder order, List<ReflashItem> items) {
        StringBuilder body = new StringBuilder("Work order " + order.reference() + " of your re-flash request "
                + request.reference() + " is dispatched to: " + describe(request.redelivery()) + "\n");
        appendByStatus(body, items, ItemStatus.DISPATCHED, "Re-flashed successfully and dispatched");
        appendByStatus(body, items, ItemStatus.FAILED, "Re-flash failed: scrapped, not charged");
        appendByStatus(body, items, ItemStatus.REFUSED, "Refused on arrival and sent back as they were");
        toParty(request, "Re-flash " + request.reference() + ": CHs re-flashed and dispatched", body);
    }

    public void delivered(ReflashRequest request, WorkOrder order, List<ReflashItem> items) {
        StringBuilder body = new StringBuilder("Work order " + order.reference() + " of your re-flash request "
                + request.reference() + " is delivered. These CHs are back in your stock, Pending:\n");
        appendByStatus(body, items, ItemStatus.DELIVERED, "Delivered");
        toParty(request, "Re-flash " + request.reference() + ": CHs delivered", body);
    }

    private static void appendByStatus(StringBuilder body, List<ReflashItem> items, ItemStatus status, String title) {
        List<ReflashItem> these =
                items.stream().filter(i -> i.status() == status).toList();
        if (these.isEmpty()) {
            return;
        }
        body.append('\n').append(title).append(" (").append(these.size()).append("):\n");
        these.forEach(i -> body.append("  ")
                .append(i.deviceId())
                .append(i.firmwareAfter() == null ? "" : "  firmware " + i.firmwareAfter())
                .append(i.reason() == null || status == ItemStatus.DISPATCHED ? "" : "  " + i.reason())
                .append('\n'));
    }

    private void toParty(ReflashRequest request, String subject, StringBuilder body) {
        mails.send("re-flash " + request.reference(), request.partyId(), UserRole.REFLASH, subject, body.toString());
    }

    static String describe(Redelivery redelivery) {
        return String.join(
                "; ",
                redelivery.address().replace("\r", "").replace('\n', ','),
                "contact " + redelivery.contactName() + " " + redelivery.contactPhone()
                        + (redelivery.contactEmail() == null ? "" : " " + redelivery.contactEmail()),
                "wanted by " + redelivery.wantedOn());
    }
}
