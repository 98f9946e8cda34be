package uk.dsp.inventory.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The integration tests' own PostgreSQL database, which the server under test also uses. */
public final class ItDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME = System.getProperty("dsp.it.database", "dsp_it");
    private static final String USER = System.getenv().getOrDefault("DSP_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("DSP_DB_PASSWORD", "postgres");

    private ItDatabase() {}

    /** Drops and creates the database, so that every run starts from an empty, freshly migrated schema. */
    static void recreate() {
        recreate(NAME);
    }

    public static void recreate(String name) {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database " + name + " on 127.0.0.1:5432", e);
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + NAME, USER, PASSWORD);
    }

    /** Rows as column-name maps, for assertions on what the SMI holds. */
    public static List<Map<String, Object>> rows(String sql, Object... parameters) {
        return rowsIn(NAME, sql, parameters);
    }

    /** Rows of another database of the same PostgreSQL, e.g. the crash test's own. */
    public static List<Map<String, Object>> rowsIn(String database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(SERVER + database, USER, PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (resultSet.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= resultSet.getMetaData().getColumnCount(); c++) {
                        row.put(resultSet.getMetaData().getColumnLabel(c), resultSet.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A data source of another database of the same PostgreSQL, for what takes one (Flyway). */
    public static javax.sql.DataSource dataSource(String database) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(SERVER + database);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    public static int update(String sql, Object... parameters) {
        return updateIn(NAME, sql, parameters);
    }

    public static int updateIn(String database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(SERVER + database, USER, PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
