package uk.dsp.inventory.interfaces.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.returns.boundary.ReturnsReceipts;
import uk.dsp.inventory.returns.control.ReturnsFilter;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/**
 * A CSP's staff works through the returned CHs of its region: 50 records a page, newest first, filtered by status.
 * A CH that arrives is marked received by its CHF Device ID (typed, or scanned from its label), and later closed.
 */
@Named
@RequestScoped
public class ReceiptsPage {

    private static final int PAGE = 50;

    @EJB
    ReturnsReceipts receipts;

    @Inject
    SignedInUser user;

    private String status = "OPEN";
    private Long before;
    private String deviceId;
    private List<ReturnsRecord> page;

    /**
     * The list's status and page come with the request, a link's or the rows' form's: a row's button is matched to its
     * record as the form is read, before Faces would set them.
     */
    @PostConstruct
    void fromRequest() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        setStatus(parameters.get("status"));
        String key = parameters.get("before");
        before = key != null && key.matches("[0-9]{1,18}") ? Long.valueOf(key) : null;
    }

    public void load() {
        ReturnsFilter filter = new ReturnsFilter(
                null, null, status == null || status.isBlank() ? null : status, null, null, before, PAGE);
        page = RefusalMessages.read(() -> receipts.page(user.member(), filter), List.of());
    }

    public String receive() {
        return step(true);
    }

    public String close() {
        return step(false);
    }

    /** The action on a CH's own row of the list: receive it if on its way, close it if received. */
    public String act(String chf) {
        ReturnsRecord row = getPage().stream()
                .filter(record -> record.deviceId().toString().equals(chf))
                .findFirst()
                .orElse(null);
        if (row == null) {
            Messages.error("CH " + chf + " is no longer in this list: it may have been received or closed meanwhile.");
            return null;
        }
        deviceId = chf;
        return step("OPEN".equals(row.status()));
    }

    private String step(boolean receive) {
        String next = RefusalMessages.step(
                () -> take(receive),
                record -> "CH " + record.deviceId() + " is now " + Words.inSentence(record.status()) + ".",
                // The list the person works from stays, the scan field ready for the next CH.
                record -> "/ssi/receipts.xhtml?status=" + status);
        if (next == null) {
            load(); // the form stays, above the list as it is now
        }
        return next;
    }

    private ReturnsRecord take(boolean receive) {
        Eui64 chf = Eui64.typed(deviceId)
                .orElseThrow(() -> Refused.invalid("a CHF Device ID is an EUI-64 such as " + Eui64.EXAMPLE));
        long recordId = receipts.recordOf(user.member(), chf, receive ? "OPEN" : "RECEIVED");
        return receive ? receipts.receive(user.member(), recordId) : receipts.close(user.member(), recordId);
    }

    /** Loaded by the view action; on a form's post that failed validation (no view action then), here. */
    public List<ReturnsRecord> getPage() {
        if (page == null) {
            load();
        }
        return page;
    }

    /** The next page's address, when this one is full. */
    public String getOlderLink() {
        return getPage().size() < PAGE
                ? null
                : "receipts.xhtml?status=" + (status == null ? "" : status) + "&before="
                        + page.get(page.size() - 1).recordId();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status != null && status.matches("OPEN|RECEIVED|CLOSED|") ? status : "OPEN";
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }
}
