package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.dsp.inventory.interfaces.pages.Messages;
import uk.dsp.inventory.interfaces.pages.PageLinks;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.interfaces.pages.Words;
import uk.dsp.inventory.reflash.boundary.ReflashDecisions;
import uk.dsp.inventory.reflash.boundary.ReflashRequests;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.reflash.entity.RequestStatus;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;

/**
 * One re-flash request: its decision, re-delivery, CHs and work orders (and, in the SSMI, its history). Its party amends the re-delivery
 * until the CHs are dispatched (SSI); DCC Logistics accepts or rejects it (SSMI).
 */
@Named
@RequestScoped
public class ReflashRequestPage {

    @EJB
    ReflashRequests requests;

    @EJB
    ReflashDecisions decisions;

    @Inject
    SignedInUser user;

    private Long id;
    private ReflashRequests.Details details;
    private boolean missing;
    private RedeliveryForm redelivery;
    private String reason;

    /** Reads the request before the page renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getDetails();
    }

    public ReflashRequests.Details getDetails() {
        if (details == null && !missing) {
            missing = true;
            if (getId() == null) {
                Messages.error("No re-flash request: the link names none.");
            } else {
                details = RefusalMessages.read(() -> requests.details(user.member(), id), null);
                missing = details == null;
            }
        }
        return details;
    }

    public ReflashRequest getRequest() {
        return getDetails() == null ? null : details.request();
    }

    /** Until its CHs are dispatched, as the facade allows. */
    public boolean isAmendable() {
        return getDetails() != null
                && user.isReflash()
                && (details.request().status() == RequestStatus.REQUESTED
                        || details.request().status() == RequestStatus.ACCEPTED)
                && details.workOrders().stream().allMatch(o -> o.status() == WorkOrderStatus.OPEN);
    }

    public boolean isDecidable() {
        return getDetails() != null && user.isLogistics() && details.request().status() == RequestStatus.REQUESTED;
    }

    public String amend() {
        return RefusalMessages.step(
                () -> "Re-delivery of "
                        + requests.amend(user.member(), getId(), getRedelivery().redelivery())
                                .reference()
                        + " amended.",
                "/ssi/reflash-request.xhtml?id=" + getId());
    }

    public String accept() {
        return decide(true);
    }

    public String reject() {
        return decide(false);
    }

    private String decide(boolean accept) {
        return RefusalMessages.step(
                () -> {
                    var request = decisions.decide(user.member(), getId(), accept, reason);
                    return "Request " + request.reference() + " is now " + Words.inSentence(request.status()) + ".";
                },
                "/ssmi/reflash-request.xhtml?id=" + getId());
    }

    /** The amendment's form, filled with the details as they are. */
    public RedeliveryForm getRedelivery() {
        if (redelivery == null) {
            redelivery = getDetails() == null
                    ? new RedeliveryForm()
                    : RedeliveryForm.of(details.request().redelivery());
        }
        return redelivery;
    }

    public Long getId() {
        if (id == null) {
            id = PageLinks.id();
        }
        return id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
