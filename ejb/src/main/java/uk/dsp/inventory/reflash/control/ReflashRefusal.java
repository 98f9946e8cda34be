package uk.dsp.inventory.reflash.control;

/** Why one CH of a re-flash request was refused (seed 003, MP155 assumptions in brackets). */
public enum ReflashRefusal {
    NOT_A_DEVICE_ID("not a Device ID: an EUI-64 such as 00-DB-12-34-56-78-90-A0"),
    NAMED_TWICE("named more than once in the request"),
    NOT_IN_SMI("not in the SMI"),
    NOT_A_COMMS_HUB("not a CH's CHF Device ID"),
    NOT_YOURS("not delivered to your party: a re-flashed CH goes back to the party it was delivered to (A-001)"),
    NOT_PENDING("not Pending: only Pending CHs are re-flashed (A-005)"),
    INSTALLED("it was installed: an installed CH follows the returns process (A-008)"),
    NOT_IN_STOCK("not in your stock: it was returned, is away for re-flash, or was scrapped"),
    IN_OPEN_REFLASH("already in another open re-flash request"),
    NOT_IN_CATALOGUE("the firmware catalogue has no latest version for its model yet"),
    ALREADY_LATEST("already on the latest production firmware of its model"),
    OVER_MONTHLY_VOLUME("over your party's monthly re-flash volume (A-003)");

    private final String description;

    ReflashRefusal(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
