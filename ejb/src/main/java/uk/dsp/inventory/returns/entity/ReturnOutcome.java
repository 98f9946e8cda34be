package uk.dsp.inventory.returns.entity;

/** What became of one Communications Hub in a return request, with the DUIS response code that says so. */
public enum ReturnOutcome {
    ACCEPTED("I0"),
    NOT_IN_INVENTORY("E19"),
    NOT_COMMS_HUB("E11"),
    NOT_AUTHORISED("E4"),
    INCOMPATIBLE_STATUS("E5"),
    ALREADY_RETURNED("E081401"),
    GPF_MISMATCH("E081402"),
    DUPLICATE_DEVICE_ID("E081405");

    /** A request with more return records than this is refused as a whole (MP117). */
    public static final int MAX_RECORDS = 999;
    public static final String TOO_MANY_RECORDS_CODE = "E081406";
    public static final String PARTLY_ACCEPTED_CODE = "W081401";

    private final String responseCode;

    ReturnOutcome(String responseCode) {
        this.responseCode = responseCode;
    }

    public String responseCode() {
        return responseCode;
    }
}
