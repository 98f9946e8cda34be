package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.dsp.inventory.firmware.boundary.FirmwareCatalogue;
import uk.dsp.inventory.firmware.entity.FirmwareRelease;
import uk.dsp.inventory.firmware.entity.FirmwareReleaseChange;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;

/** SSMI: the latest production firmware per CH manufacturer and model, which DCC Logistics sets. */
@Named
@RequestScoped
public class FirmwareCataloguePage {

    private static final int CHANGES_SHOWN = 50;

    @EJB
    FirmwareCatalogue catalogue;

    @Inject
    SignedInUser user;

    private String manufacturer;
    private String model;
    private String version;
    private List<FirmwareRelease> releases;
    private List<FirmwareReleaseChange> changes;

    public List<FirmwareRelease> getReleases() {
        if (releases == null) {
            releases = catalogue.list();
        }
        return releases;
    }

    /** The latest settings, newest first: how the catalogue came to say what it says. */
    public List<FirmwareReleaseChange> getChanges() {
        if (changes == null) {
            changes = catalogue.changes(CHANGES_SHOWN);
        }
        return changes;
    }

    public String setLatest() {
        return RefusalMessages.step(
                () -> {
                    FirmwareRelease set = catalogue.setLatest(user.member(), manufacturer, model, version);
                    return set.manufacturer() + " " + set.model() + ": latest version " + set.latestVersion() + ".";
                },
                "/ssmi/firmware.xhtml");
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
