package com.commitment.advisor.effectiveness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the rows of a table that match a condition a page at a time, in the order of their {@code id} (each page
 * starts after the last id read), so a big decision log is never held in memory at once, on H2 and PostgreSQL alike.
 */
final class PagesById {

    static final int PAGE = 1000;

    private PagesById() {
    }

    /** {@code columns} must include {@code id}; {@code params} fill the marks of {@code where}. */
    static void forEach(JdbcClient db, String columns, String table, String where, List<?> params,
            RowCallbackHandler row) {
        String sql = "SELECT " + columns + " FROM " + table + " WHERE " + where + " AND id > ? ORDER BY id LIMIT ?";
        String after = "";
        while (true) {
            List<Object> paged = new ArrayList<>(params);
            paged.add(after);
            paged.add(PAGE);
            Page page = new Page(row);
            db.sql(sql).params(paged).query(page);
            if (page.rows < PAGE) {
                return;
            }
            after = page.lastId;
        }
    }

    /** Passes each row on, counting them and keeping the last id, where the next page starts. */
    private static final class Page implements RowCallbackHandler {

        private final RowCallbackHandler row;
        private int rows;
        private String lastId;

        Page(RowCallbackHandler row) {
            this.row = row;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            rows++;
            lastId = rs.getString("id");
            row.processRow(rs);
        }
    }
}
