package com.commitment.advisor.profile;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading nullable columns the same way from H2 and PostgreSQL. */
final class Rows {

    private Rows() {
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
