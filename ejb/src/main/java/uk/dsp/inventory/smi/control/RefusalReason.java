package uk.dsp.inventory.smi.control;

/** Why a whole CSPM-N3 call was refused. Nothing of a refused call is applied. */
public enum RefusalReason {
    NOT_AUTHENTICATED,
    REGION_NOT_PERMITTED,
    INVALID_REQUEST,
    TOO_MANY_RECORDS,
    DUPLICATE_DEVICE_ID
}
