package uk.dsp.inventory.smi.entity;

/** The device types of the SMI, named as in DUIS. A Comms Hub is a CHF and its GPF. */
public enum DeviceType {
    ESME, GSME, GPF, CHF, HCALCS, PPMID, IHD, CAD
}
