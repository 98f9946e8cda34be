package uk.dsp.inventory.smi.control;

/** The outcome of one pre-notified Comms Hub, as the N3 answer reports it. */
public enum OutcomeReason {
    CREATED(true, "entered the SMI as Pending"),
    UPDATED(true, "the SMI's record of the Comms Hub was updated"),
    UNCHANGED(true, "the SMI already holds exactly this"),
    NOT_PENDING(false, "the Comms Hub is in the SMI and no longer Pending"),
    OTHER_CSP(false, "the Comms Hub was pre-notified by another CSP"),
    GPF_MISMATCH(false, "the SMI pairs this CHF with another GPF"),
    DEVICE_ID_IN_USE(false, "a Device ID of this Comms Hub belongs to another device"),
    UNKNOWN_RECIPIENT(false, "the party it was delivered to is not a registered Service User"),
    PARTY_FIXED(false, "the CH has been in a re-flash: it stays with the party that sent it (MP155-A-001)"),
    AWAY_FOR_REFLASH(false, "the CH is away for re-flash and its CSP has not received it, or it was scrapped"),
    FIRMWARE_DOWNGRADE(false, "the re-flashed CH's firmware would go back to an older version");

    private final boolean accepted;
    private final String description;

    OutcomeReason(boolean accepted, String description) {
        this.accepted = accepted;
        this.description = description;
    }

    public boolean accepted() {
        return accepted;
    }

    public String description() {
        return description;
    }
}
