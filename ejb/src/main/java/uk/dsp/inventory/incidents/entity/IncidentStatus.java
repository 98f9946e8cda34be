package uk.dsp.inventory.incidents.entity;

/** OPEN until the installing supplier gives the install code (ANSWERED); CLOSED by the raiser or a DCC operator. */
public enum IncidentStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
