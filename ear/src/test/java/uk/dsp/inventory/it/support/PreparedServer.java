package uk.dsp.inventory.it.support;

import java.security.SecureRandom;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Before the EAR is deployed: an empty database (once per test run, while the server holds no
 * connection to it) and an administrator in the DspRealm filesystem realm, as run.sh creates one.
 */
public class PreparedServer implements ServerSetupTask {

    private static boolean databaseReady;

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        synchronized (PreparedServer.class) {
            if (!databaseReady) {
                // a benchmark on a loaded SMI (SmiAtScaleBenchmark) keeps it: -Dit.keep-database=true
                if (!Boolean.getBoolean("dsp.it.keep-database")) {
                    ItDatabase.recreate();
                }
                CspMailbox.start();
                databaseReady = true;
            }
        }
        addAdministrator(client.getControllerClient());
    }

    /** The administrator of the admin API, in the server's DspRealm, as run.sh creates one. */
    public static void addAdministrator(ModelControllerClient client) throws Exception {
        ModelNode realm = new ModelNode().add("subsystem", "elytron").add("filesystem-realm", "DspRealm");
        execute(client, operation(realm, "remove-identity"), false);
        execute(client, operation(realm, "add-identity"), true);
        ModelNode password = operation(realm, "set-password");
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        password.get("bcrypt", "password").set(Admin.PASSWORD);
        password.get("bcrypt", "salt").set(salt);
        password.get("bcrypt", "iteration-count").set(10);
        execute(client, password, true);
        ModelNode groups = operation(realm, "add-identity-attribute");
        groups.get("name").set("groups");
        groups.get("value").add("admin");
        execute(client, groups, true);
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) {
        // the identity stays: the next test class replaces it, and the server copy is scratch
    }

    private static ModelNode operation(ModelNode realm, String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").set(realm);
        operation.get("identity").set(Admin.USER);
        return operation;
    }

    private static void execute(ModelControllerClient client, ModelNode operation, boolean mustSucceed)
            throws Exception {
        ModelNode result = client.execute(operation);
        if (mustSucceed && !"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(operation.get("operation").asString() + " failed: " + result);
        }
    }

    /** The administrator the tests act as. */
    public static final class Admin {
        public static final String USER = "it-admin";
        public static final String PASSWORD = "it-" + Long.toHexString(new SecureRandom().nextLong());

        private Admin() {}
    }
}
