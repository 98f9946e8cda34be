package uk.dsp.inventory.platform.resources;

/** The JNDI names of what {@code configure-server.cli} gives the application: written here once. */
public final class ServerResources {

    public static final String DATASOURCE = "java:jboss/datasources/DspDS";
    /**
     * The broker's in-VM connection factory, outside JTA: the outbox relay commits the broker's transaction itself.
     * Nothing else sends a message; everything else writes to the outbox.
     */
    public static final String RELAY_CONNECTION_FACTORY = "java:/ConnectionFactory";

    public static final String RETURNS_RECORDS_QUEUE = "java:/jms/queue/DspReturnsRecords";
    public static final String ALERTS_QUEUE = "java:/jms/queue/DspAlerts";
    /** Every mail: CSP returns notices, incidents, re-flashes. */
    public static final String MAIL_QUEUE = "java:/jms/queue/DspPartyMail";

    /** Where a message goes after its last failed attempt (each node's own). */
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/DLQ";

    public static final String MAIL_SESSION = "java:jboss/mail/Dsp";

    private ServerResources() {}
}
