package uk.dsp.inventory.duis.control;

/** Why an authenticated DUIS request is refused as a whole by the endpoint itself, before any SR's rules. */
public enum EndpointRefusal {
    /** The DUIS endpoint is for Service Users; a CSP has CSPM-N3. */
    NOT_A_SERVICE_USER
}
