package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.pages.Messages;
import uk.dsp.inventory.interfaces.pages.PageLinks;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.interfaces.pages.Words;
import uk.dsp.inventory.reflash.boundary.DispatchReadiness;
import uk.dsp.inventory.reflash.boundary.WorkOrders;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;

/**
 * One DSMS work order for its CSP's staff: where its CHs go back, and each CH's step by its CHF Device ID (typed, or
 * scanned from its label): received or refused on arrival, then re-flashed or failed; then the order dispatched and
 * delivered.
 */
@Named
@RequestScoped
public class WorkOrderPage {

    @EJB
    WorkOrders orders;

    @Inject
    SignedInUser user;

    private Long id;
    private WorkOrders.Details details;
    private boolean missing;
    private String deviceId;
    private String reason;
    /** A reason typed on a CH's own row, by its CHF Device ID. */
    private final Map<String, String> reasons = new HashMap<>();

    /** Reads the order before the page renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getDetails();
    }

    public WorkOrders.Details getDetails() {
        if (details == null && !missing) {
            missing = true;
            if (getId() == null) {
                Messages.error("No work order: the link names none.");
            } else {
                details = RefusalMessages.read(() -> orders.details(user.member(), id), null);
                missing = details == null;
            }
        }
        return details;
    }

    public boolean isOpen() {
        return getDetails() != null && user.isWorkOrders() && details.order().status() == WorkOrderStatus.OPEN;
    }

    public boolean isDispatched() {
        return getDetails() != null && user.isWorkOrders() && details.order().status() == WorkOrderStatus.DISPATCHED;
    }

    public String received() {
        return ch(chf -> orders.receive(user.member(), getId(), chf, true, reason));
    }

    public String refused() {
        return ch(chf -> orders.receive(user.member(), getId(), chf, false, reason));
    }

    public String reflashed() {
        return ch(chf -> orders.result(user.member(), getId(), chf, true, reason));
    }

    public String failed() {
        return ch(chf -> orders.result(user.member(), getId(), chf, false, reason));
    }

    /** A step taken on the CH's own row: only the steps its status allows are offered there. */
    public String row(String chf, String step) {
        deviceId = chf;
        reason = reasons.get(chf);
        return switch (step) {
            case "received" -> received();
            case "refused" -> refused();
            case "reflashed" -> reflashed();
            default -> failed();
        };
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    /** What must still happen before the order can be dispatched, in a sentence; empty when nothing is left. */
    public String getStillToDo() {
        return getDetails() == null ? "" : DispatchReadiness.stillToDo(details.items());
    }

    public String dispatch() {
        return RefusalMessages.step(
                () -> orders.dispatch(user.member(), getId()).reference() + " dispatched.", self());
    }

    public String deliver() {
        return RefusalMessages.step(() -> orders.deliver(user.member(), getId()).reference() + " delivered.", self());
    }

    private String ch(Function<Eui64, ReflashItem> step) {
        return RefusalMessages.step(
                () -> {
                    Eui64 chf = Eui64.typed(deviceId)
                            .orElseThrow(() ->
                                    Refused.invalid("A CHF Device ID is an EUI-64 such as " + Eui64.EXAMPLE + "."));
                    ReflashItem item = step.apply(chf);
                    return "CH " + item.deviceId() + " is now " + Words.inSentence(item.status()) + ".";
                },
                self());
    }

    private String self() {
        return "/ssi/work-order.xhtml?id=" + getId();
    }

    public Long getId() {
        if (id == null) {
            id = PageLinks.id();
        }
        return id;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
