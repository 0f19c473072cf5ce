package com.commitment.advisor.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Migrations whose comments were reworded after databases had applied them. Flyway checks every applied script
 * against the checksum it recorded, comments included, and would refuse to start on such a database; the SQL
 * they run is unchanged, so the checksum recorded before the rewording is moved to the new one, and only that.
 */
public final class RewordedMigrations implements Callback {

    private record Reworded(String version, int before, int after) {
    }

    /** 2026-12-01: V1 and V2 no longer point readers to documents outside the repository. */
    private static final List<Reworded> REWORDED = List.of(
            new Reworded("1", -734533792, -593677457),
            new Reworded("2", 1608399756, -1795932509));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Configuration configuration = context.getConfiguration();
        Connection connection = context.getConnection();
        try {
            String schema = configuration.getSchemas().length > 0 ? configuration.getSchemas()[0]
                    : connection.getSchema();
            if (!exists(connection, schema, configuration.getTable())) {
                return;
            }
            String table = (schema == null ? "" : "\"" + schema + "\".") + "\"" + configuration.getTable() + "\"";
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                    + " SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
                for (Reworded r : REWORDED) {
                    update.setInt(1, r.after());
                    update.setString(2, r.version());
                    update.setInt(3, r.before());
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("could not accept the reworded migrations: " + e.getMessage(), e);
        }
    }

    /** Flyway's history table is there: not on a database Flyway has never seen. */
    private static boolean exists(Connection connection, String schema, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
            return tables.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "reworded migrations";
    }
}
