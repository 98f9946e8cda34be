package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.reflash.boundary.WorkOrders;
import uk.dsp.inventory.reflash.entity.WorkOrder;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;

/** A CSP's DSMS work orders, newest first, 50 a page, by status: the open ones unless another is asked for. */
@Named
@RequestScoped
public class WorkOrdersPage {

    private static final int PAGE = 50;

    @EJB
    WorkOrders orders;

    @Inject
    SignedInUser user;

    private String status = WorkOrderStatus.OPEN.name();
    private Long before;
    private List<WorkOrder> page;

    /** Reads the page before it renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getPage();
    }

    public List<WorkOrder> getPage() {
        if (page == null) {
            WorkOrderStatus wanted = status.isEmpty() ? null : WorkOrderStatus.valueOf(status);
            page = RefusalMessages.read(() -> orders.page(user.member(), wanted, before, PAGE), List.of());
        }
        return page;
    }

    /** The next page's address, when this one is full. */
    public String getOlderLink() {
        List<WorkOrder> shown = getPage();
        return shown.size() < PAGE
                ? null
                : "work-orders.xhtml?status=" + status + "&before="
                        + shown.get(shown.size() - 1).id();
    }

    public String getStatus() {
        return status;
    }

    /** OPEN, DISPATCHED, DELIVERED, or empty for all. */
    public void setStatus(String status) {
        this.status = status != null && status.matches("OPEN|DISPATCHED|DELIVERED|") ? status : "OPEN";
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
