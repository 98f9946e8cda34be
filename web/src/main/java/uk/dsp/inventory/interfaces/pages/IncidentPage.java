package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;
import uk.dsp.inventory.incidents.boundary.Incidents;
import uk.dsp.inventory.incidents.control.IncidentView;

/**
 * One incident: its facts and history, and the steps the person may take. The install code is shown only when
 * asked for, to those entitled, and each showing is a row of the history.
 */
@Named
@RequestScoped
public class IncidentPage {

    @EJB
    Incidents incidents;

    @Inject
    SignedInUser user;

    private Long id;
    private IncidentView incident;
    private String note;
    private String installCode;
    private String resolution;
    private String reassignTo;
    private String revealedCode;
    private boolean missing;

    /** Reads the incident before the page renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getIncident();
    }

    public IncidentView getIncident() {
        if (incident == null && getId() == null && !missing) {
            missing = true;
            Messages.error("No incident: the link names none.");
        }
        if (incident == null && id != null && !missing) {
            incident = RefusalMessages.read(() -> incidents.read(user.member(), getId()), null);
            missing = incident == null;
        }
        return incident;
    }

    public boolean isRaiser() {
        return getIncident() != null
                && user.isIncidents()
                && incident.raisedBy().equals(user.getPartyId());
    }

    public boolean isAssignee() {
        return getIncident() != null
                && user.isIncidents()
                && incident.assignee().equals(user.getPartyId());
    }

    public boolean isOpen() {
        return getIncident() != null && !"CLOSED".equals(incident.status());
    }

    public String addNote() {
        return step(() -> incidents.addNote(user.member(), getId(), note), "Note added.");
    }

    public String giveInstallCode() {
        return step(() -> incidents.giveInstallCode(user.member(), getId(), installCode), "Install code given.");
    }

    public String close() {
        return step(
                () -> user.isOperator() && !isRaiser()
                        ? incidents.closeByDesk(user.member(), getId(), resolution)
                        : incidents.close(user.member(), getId(), resolution),
                "Incident closed.");
    }

    public String reassign() {
        return step(() -> incidents.reassign(user.member(), getId(), reassignTo, resolution), "Incident reassigned.");
    }

    /** Shows the code on this response only; it is never kept in the page's state. */
    public void revealInstallCode() {
        revealedCode = RefusalMessages.read(() -> incidents.readInstallCode(user.member(), getId()), revealedCode);
    }

    private String step(Supplier<IncidentView> action, String done) {
        return RefusalMessages.step(action, taken -> done, taken -> "/ssi/incident.xhtml?id=" + getId());
    }

    public Long getId() {
        if (id == null) {
            id = PageLinks.id();
        }
        return id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getInstallCode() {
        return installCode;
    }

    public void setInstallCode(String installCode) {
        this.installCode = installCode;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }

    public String getRevealedCode() {
        return revealedCode;
    }
}
