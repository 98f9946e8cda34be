package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.returns.boundary.ReturnsTracking;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/**
 * A Service User's CH returns, one record per CH, filtered and a page at a time, newest first; and for one bulk
 * request, its records counted by status (beyond seed 000, whose DSP offered no consolidated view).
 */
@Named
@RequestScoped
public class ReturnsPage {

    private static final List<String> STATUSES = List.of("OPEN", "RECEIVED", "CLOSED");

    static final int PAGE = 50;

    @EJB
    ReturnsTracking tracking;

    @Inject
    SignedInUser user;

    private final ReturnsQuery query = new ReturnsQuery();
    private List<ReturnsRecord> page;

    /** Reads the page before it renders, so that a refused filter reaches the messages at its top. */
    /** The statuses a returns record goes through, in order, to choose from. */
    public List<String> getStatuses() {
        return STATUSES;
    }

    public void load() {
        getPage();
    }

    public List<ReturnsRecord> getPage() {
        if (page == null) {
            page = query.valid() && user.isReturns() ? tracking.page(user.getPartyId(), query.filter(PAGE)) : List.of();
            if (!query.valid()) {
                Messages.error(query.problem());
            }
        }
        return page;
    }

    public Map<String, Long> getCounts() {
        return query.getRequestId() == null || query.getRequestId().isBlank() || !user.isReturns()
                ? Map.of()
                : tracking.countsByStatus(
                        user.getPartyId(), query.getRequestId().strip());
    }

    public List<Map.Entry<String, Long>> getCountList() {
        return List.copyOf(getCounts().entrySet());
    }

    public Long getNextBefore() {
        List<ReturnsRecord> shown = getPage();
        return shown.size() < PAGE ? null : shown.get(shown.size() - 1).recordId();
    }

    public String getOlderLink() {
        Long next = getNextBefore();
        return next == null ? null : "returns.xhtml" + query.queryString(next);
    }

    public String getCsvLink() {
        return "returns.csv" + query.queryString(null);
    }

    public String requestLink(String requestId) {
        return "returns.xhtml" + PageLinks.query("requestId", requestId);
    }

    public String statusLink(String status) {
        return "returns.xhtml" + PageLinks.query("requestId", query.getRequestId(), "status", status);
    }

    public ReturnsQuery getQuery() {
        return query;
    }
}
