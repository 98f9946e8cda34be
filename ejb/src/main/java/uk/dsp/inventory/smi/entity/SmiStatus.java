package uk.dsp.inventory.smi.entity;

/** A device's SMI status; {@link #duisName()} is how DUIS writes it. */
public enum SmiStatus {
    PENDING("Pending"),
    WHITELISTED("Whitelisted"),
    INSTALLED_NOT_COMMISSIONED("InstalledNotCommissioned"),
    COMMISSIONED("Commissioned"),
    DECOMMISSIONED("Decommissioned"),
    WITHDRAWN("Withdrawn"),
    SUSPENDED("Suspended"),
    RECOVERY("Recovery"),
    RECOVERED("Recovered");

    private final String duisName;

    SmiStatus(String duisName) {
        this.duisName = duisName;
    }

    public String duisName() {
        return duisName;
    }
}
