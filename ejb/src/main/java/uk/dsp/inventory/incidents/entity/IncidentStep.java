package uk.dsp.inventory.incidents.entity;

/** The kinds of row in an incident's history. */
public enum IncidentStep {
    RAISED,
    ASSIGNED,
    NOTE,
    INSTALL_CODE_GIVEN,
    INSTALL_CODE_FROM_LODGED,
    INSTALL_CODE_READ,
    REASSIGNED,
    CLOSED,
    CLOSED_BY_DCC,
    REMINDED,
    OVERDUE
}
