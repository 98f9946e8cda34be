package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.dsp.inventory.incidents.boundary.Incidents;

/** The installing supplier lodges a device's install code ahead of any incident. */
@Named
@RequestScoped
public class InstallCodesPage {

    @EJB
    Incidents incidents;

    @Inject
    SignedInUser user;

    private String deviceId;
    private String installCode;

    public String lodge() {
        return RefusalMessages.step(
                () -> {
                    incidents.lodgeInstallCode(user.member(), deviceId, installCode);
                    return "The install code of " + deviceId.strip() + " is lodged.";
                },
                "/ssi/install-codes.xhtml");
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getInstallCode() {
        return installCode;
    }

    public void setInstallCode(String installCode) {
        this.installCode = installCode;
    }
}
