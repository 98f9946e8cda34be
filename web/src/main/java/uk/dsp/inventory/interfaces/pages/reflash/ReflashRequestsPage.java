package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.reflash.boundary.ReflashRequests;
import uk.dsp.inventory.reflash.entity.RequestStatus;

/**
 * Re-flash requests, newest first, 50 a page, by status: in the SSI the party's own, in the SSMI every party's (or one
 * party's) for DCC Logistics, who start from those awaiting a decision.
 */
@Named
@RequestScoped
public class ReflashRequestsPage {

    private static final int PAGE = 50;
    private static final String ANY = "ANY";

    @EJB
    ReflashRequests requests;

    @Inject
    SignedInUser user;

    private String status;
    private String partyId;
    private Long before;
    private List<ReflashRequests.Listed> page;

    /** Reads the page before it renders; {@code whenNone} is the status shown when the link names none. */
    public void load(String whenNone) {
        if (status == null) {
            status = whenNone;
        }
        getPage();
    }

    public List<ReflashRequests.Listed> getPage() {
        if (page == null) {
            RequestStatus wanted = status == null || ANY.equals(status) ? null : RequestStatus.valueOf(status);
            String party = partyId == null || partyId.isBlank() ? null : partyId.strip();
            page = RefusalMessages.read(() -> requests.page(user.member(), party, wanted, before, PAGE), List.of());
        }
        return page;
    }

    /** The next page's address, when this one is full. */
    public String getOlderLink() {
        List<ReflashRequests.Listed> shown = getPage();
        return shown.size() < PAGE
                ? null
                : "reflash-requests.xhtml?status=" + status + "&partyId=" + (partyId == null ? "" : partyId.strip())
                        + "&before=" + shown.get(shown.size() - 1).request().id();
    }

    public List<String> getStatuses() {
        return List.of(ANY, "REQUESTED", "ACCEPTED", "REJECTED", "COMPLETED");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status != null && getStatuses().contains(status) ? status : null;
    }

    public String getPartyId() {
        return partyId;
    }

    public void setPartyId(String partyId) {
        this.partyId = partyId != null && partyId.matches("[0-9A-Fa-f-]{0,23}") ? partyId : null;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
