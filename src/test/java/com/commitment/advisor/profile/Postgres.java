package com.commitment.advisor.profile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The PostgreSQL the tests use when one answers: 127.0.0.1:5432, user postgres, database test, a schema per run. */
public final class Postgres {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";
    public static final String DATABASE = "test";
    public static final String SKIPPED = "no PostgreSQL answers at 127.0.0.1:5432 (user postgres, database test)";

    private Postgres() {
    }

    public static String url(String host, int port) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE;
    }

    /** Points the service at {@code schema}, which Flyway creates. */
    public static void use(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> url(HOST, PORT) + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public static String freshSchema(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    public static void drop(String schema) throws SQLException {
        try (Connection db = DriverManager.getConnection(url(HOST, PORT), USER, "")) {
            db.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    public static boolean answers() {
        DriverManager.setLoginTimeout(3);
        try (Connection db = DriverManager.getConnection(url(HOST, PORT), USER, "")) {
            return db.isValid(3);
        } catch (SQLException none) {
            return false;
        }
    }
}
