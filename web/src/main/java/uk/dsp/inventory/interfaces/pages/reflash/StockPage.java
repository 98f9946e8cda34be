package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.dsp.inventory.interfaces.pages.Messages;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.reflash.boundary.ReflashRequests;
import uk.dsp.inventory.reflash.control.RequestFile;
import uk.dsp.inventory.stock.boundary.CommsHubStock;

/**
 * A party's CH stock: by model and firmware, and CH by CH a page at a time, those behind the catalogue marked; the CHs
 * picked in the list, or pasted by CHF Device ID, are asked to be re-flashed and delivered back. DCC Logistics sees
 * any party's summary (its ledger page names the party).
 */
@Named
@RequestScoped
public class StockPage {

    static final int PAGE = 100;

    @EJB
    CommsHubStock stock;

    @EJB
    ReflashRequests requests;

    @Inject
    SignedInUser user;

    private String partyId;
    private boolean behindOnly;
    private Long after;
    private String pasted;
    private Part file;
    private final RedeliveryForm redelivery = new RedeliveryForm();
    private List<CommsHubStock.Line> summary;
    private List<CommsHubStock.Hub> hubs;
    private ReflashRequests.Outcome outcome;

    /** Reads the stock before the page renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getSummary();
        getHubs();
    }

    public List<CommsHubStock.Line> getSummary() {
        if (summary == null) {
            boolean noneNamed = user.isLogistics() && (partyId == null || partyId.isBlank());
            summary = noneNamed
                    ? List.of()
                    : RefusalMessages.read(() -> stock.summary(user.member(), partyId), List.of());
        }
        return summary;
    }

    public List<CommsHubStock.Hub> getHubs() {
        if (hubs == null) {
            hubs = user.isReflash()
                    ? RefusalMessages.read(() -> stock.hubs(user.member(), null, behindOnly, after, PAGE), List.of())
                    : List.of();
        }
        return hubs;
    }

    /** The next page's address, when this one is full. */
    public String getNextLink() {
        List<CommsHubStock.Hub> shown = getHubs();
        return shown.size() < PAGE
                ? null
                : "stock.xhtml?behindOnly=" + behindOnly + "&after="
                        + shown.get(shown.size() - 1).deviceId().value();
    }

    /** The CHs ticked in the list, those pasted and those in the file, each once, in that order. */
    public String request() {
        Set<String> named = new LinkedHashSet<>();
        String[] picked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get("picked");
        List<String> inFile = List.of();
        if (file != null && file.getSize() > 0) {
            byte[] content = UploadedFiles.read(file);
            inFile = content == null ? null : RefusalMessages.read(() -> RequestFile.deviceIds(content), null);
            if (inFile == null) {
                return null;
            }
        }
        Stream.of(
                        picked == null ? Stream.<String>empty() : Arrays.stream(picked),
                        pasted == null ? Stream.<String>empty() : Arrays.stream(pasted.split("[,;\\s]+")),
                        inFile.stream())
                .flatMap(ids -> ids)
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(named::add);
        if (named.isEmpty()) {
            Messages.error("Pick CHs in the list, paste their CHF Device IDs, or upload a file of them.");
            return null;
        }
        outcome = RefusalMessages.read(
                () -> requests.request(user.member(), List.copyOf(named), redelivery.redelivery()), null);
        if (outcome != null && outcome.request() == null) {
            Messages.error("No CH could be requested: see why below.");
        } else if (outcome != null) {
            Messages.shown("Request " + outcome.request().reference() + " made for "
                    + outcome.accepted().size() + " CHs; the DCC decides it.");
            hubs = null; // the list as it is now
        }
        return null;
    }

    public ReflashRequests.Outcome getOutcome() {
        return outcome;
    }

    public String getPartyId() {
        return partyId;
    }

    public void setPartyId(String partyId) {
        this.partyId = partyId;
    }

    public boolean isBehindOnly() {
        return behindOnly;
    }

    public void setBehindOnly(boolean behindOnly) {
        this.behindOnly = behindOnly;
    }

    public Long getAfter() {
        return after;
    }

    public void setAfter(Long after) {
        this.after = after;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public RedeliveryForm getRedelivery() {
        return redelivery;
    }
}
