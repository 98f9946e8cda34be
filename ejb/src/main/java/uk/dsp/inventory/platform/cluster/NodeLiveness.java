package uk.dsp.inventory.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Which DSP nodes are alive: each records itself in {@code dsp_node} at every relay sweep (5 s). A node not seen for
 * {@value #ALIVE_SECONDS} s is taken for dead, and the messages it sent that were not yet consumed are sent again by
 * a node that is alive: its broker may hold them until it comes back, if it ever does. This elects nobody; a node
 * taken for dead too early only makes a copy, which the consumers recognise.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NodeLiveness {

    public static final int ALIVE_SECONDS = 20;
    /**
     * The names of the nodes alive now, as SQL to use in {@code not in (...)}: a node's work (a message it sent, a run
     * it holds) is taken over by another only when its node is not among them.
     */
    public static final String ALIVE_NODES =
            "select name from dsp_node where seen_at > now() - interval '" + ALIVE_SECONDS + " seconds'";

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    public void alive() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement seen = connection.prepareStatement("insert into dsp_node (name, seen_at)"
                        + " values (?, now()) on conflict (name) do update set seen_at = now()")) {
            seen.setString(1, NodeName.current());
            seen.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("this node cannot record that it is alive: " + e.getMessage(), e);
        }
    }
}
