package uk.dsp.inventory.smi.entity;

/** The radio a Comms Hub offers the Home Area Network. */
public enum HanVariant {
    SINGLE_BAND,
    DUAL_BAND
}
