import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Creates a database when it does not exist, over JDBC, so that setting up needs no psql.
 * Connects as DSP_DB_USER / DSP_DB_PASSWORD (default postgres / postgres) to 127.0.0.1:5432,
 * or to the server of DSP_DB_URL when that is set.
 */
public class CreateDatabase {

    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("DSP_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String name = args[0];
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(server,
                System.getenv().getOrDefault("DSP_DB_USER", "postgres"), System.getenv().getOrDefault("DSP_DB_PASSWORD", "postgres"));
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet resultSet = exists.executeQuery()) {
                if (resultSet.next()) {
                    return;
                }
            }
            connection.createStatement().execute("create database " + name);
            System.out.println("Created database " + name);
        }
    }
}
