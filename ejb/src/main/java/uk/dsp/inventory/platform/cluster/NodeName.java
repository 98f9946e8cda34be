package uk.dsp.inventory.platform.cluster;

/** This node's name: the same as its transaction log's (DSP_NODE_ID), set by configure-server.cli as dsp.node-id. */
public final class NodeName {

    static final String PROPERTY = "dsp.node-id";

    private NodeName() {}

    public static String current() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("the system property " + PROPERTY + " is not set (configure-server.cli)");
        }
        return name;
    }
}
