package uk.dsp.inventory.smi.entity;

/** The device types of the SMI, named as in DUIS. A Comms Hub is a CHF and its GPF. */
public enum DeviceType {
    ESME,
    GSME,
    GPF,
    CHF,
    HCALCS,
    PPMID,
    IHD,
    CAD;

    /** The two functions of a Communications Hub, which come from CSPs rather than from Service Users. */
    public boolean isCommsHub() {
        return this == CHF || this == GPF;
    }
}
