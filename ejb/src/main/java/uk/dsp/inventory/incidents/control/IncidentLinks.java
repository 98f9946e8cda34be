package uk.dsp.inventory.incidents.control;

/** Where people open an incident in the SSI: {@code dsp.ssi.url}, set by configure-server.cli. */
public final class IncidentLinks {

    private static final String PROPERTY = "dsp.ssi.url";

    private IncidentLinks() {}

    public static String of(long incidentId) {
        String base = System.getProperty(PROPERTY);
        if (base == null) {
            throw new IllegalStateException(
                    "the system property " + PROPERTY + " is not set: configure-server.cli sets it");
        }
        return (base.endsWith("/") ? base : base + "/") + "incident.xhtml?id=" + incidentId;
    }
}
