package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.dsp.inventory.dcc.Refused;
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
        try {
            incidents.lodgeInstallCode(user.member(), deviceId, installCode);
            Messages.done("The install code of " + deviceId.strip() + " is lodged.");
            return "/ssi/install-codes.xhtml?faces-redirect=true";
        } catch (Refused refused) {
            Messages.error(refused.getMessage());
            return null;
        }
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
