package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.dsp.inventory.incidents.boundary.IncidentLists;
import uk.dsp.inventory.incidents.boundary.Incidents;
import uk.dsp.inventory.incidents.control.IncidentFilter;
import uk.dsp.inventory.incidents.control.IncidentView;

/**
 * The incidents a person may see, newest first, a page at a time (SSI: its party's, raised or assigned; SSMI:
 * all), with filters; and the form that raises a 'Request for Install Code'.
 */
@Named
@RequestScoped
public class IncidentsPage {

    static final int PAGE = 25;

    @EJB
    IncidentLists lists;

    @EJB
    Incidents incidents;

    @Inject
    SignedInUser user;

    @Inject
    PartyNames names;

    private String side;
    private String status;
    private String deviceId;
    private boolean overdue;
    private Long before;
    private String newDeviceId;
    private List<IncidentView> page;

    /** Reads the page before it renders, so that a refused filter reaches the messages at its top. */
    public void load() {
        getPage();
    }

    public List<IncidentView> getPage() {
        if (page == null) {
            page = RefusalMessages.read(
                    () -> lists.list(
                            user.member(), new IncidentFilter(status, deviceId, overdue, before, PAGE, side())),
                    List.of());
        }
        return page;
    }

    /** The key of the next page, or null on the last. */
    public Long getNextBefore() {
        List<IncidentView> shown = getPage();
        return shown.size() < PAGE ? null : shown.get(shown.size() - 1).id();
    }

    /** The next page's link, with the same filters; null on the last page. */
    public String getOlderLink() {
        Long next = getNextBefore();
        return next == null
                ? null
                : PageLinks.query(
                        "side",
                        side,
                        "status",
                        status,
                        "deviceId",
                        deviceId,
                        "overdue",
                        overdue ? "true" : null,
                        "before",
                        next.toString());
    }

    /**
     * Which of its party's incidents a person of a Service User sees: those waiting for it (the default, the work to
     * do) or those it raised; an operator's list is every party's.
     */
    private IncidentFilter.Side side() {
        if (user.isOperator()) {
            return null;
        }
        return isRaisedSide() ? IncidentFilter.Side.RAISED_BY_YOU : IncidentFilter.Side.WAITING_FOR_YOU;
    }

    public boolean isRaisedSide() {
        return "raised".equals(side);
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String raise() {
        return RefusalMessages.step(
                () -> incidents.raise(user.member(), newDeviceId),
                raised -> "Incident " + raised.id() + " raised and assigned to " + names.name(raised.assignee()) + " ("
                        + raised.assignee() + "), due "
                        + raised.dueOn() + ".",
                raised -> "/ssi/incident.xhtml?id=" + raised.id());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }

    public String getNewDeviceId() {
        return newDeviceId;
    }

    public void setNewDeviceId(String newDeviceId) {
        this.newDeviceId = newDeviceId;
    }
}
