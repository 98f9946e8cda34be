package uk.dsp.inventory.smi.control;

/** Whether a status change may happen, and the DUIS response code when it may not. */
public enum LifecycleVerdict {
    ALLOWED("I0"),
    UNKNOWN_DEVICE("E19"),
    WRONG_DEVICE_TYPE("E11"),
    NOT_AUTHORISED("E4"),
    STATUS_NOT_ALLOWED("E5");

    private final String responseCode;

    LifecycleVerdict(String responseCode) {
        this.responseCode = responseCode;
    }

    public String responseCode() {
        return responseCode;
    }

    public boolean allowed() {
        return this == ALLOWED;
    }
}
