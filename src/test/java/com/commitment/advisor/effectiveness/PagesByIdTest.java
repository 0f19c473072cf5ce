package com.commitment.advisor.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.commitment.advisor.profile.Postgres;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paging by id reads every matching row exactly once across page boundaries (a last page that is full, one that
 * is not, ids of mixed case and script), on H2 and on PostgreSQL when one answers.
 */
class PagesByIdTest {

    @Test
    void everyMatchingRowOnceOnH2() {
        try (HikariDataSource h2 = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:mem:pages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            readsEveryRowOnce(JdbcClient.create(h2));
        }
    }

    @Test
    void everyMatchingRowOnceOnPostgres() throws Exception {
        assumeTrue(Postgres.answers(), Postgres.SKIPPED);
        String schema = Postgres.freshSchema("pages_test_");
        try (Connection admin = DriverManager.getConnection(Postgres.url(Postgres.HOST, Postgres.PORT), Postgres.USER,
                ""); HikariDataSource postgres = new HikariDataSource()) {
            admin.createStatement().execute("CREATE SCHEMA " + schema);
            postgres.setJdbcUrl(Postgres.url(Postgres.HOST, Postgres.PORT) + "?currentSchema=" + schema);
            postgres.setUsername(Postgres.USER);
            readsEveryRowOnce(JdbcClient.create(postgres));
        } finally {
            Postgres.drop(schema);
        }
    }

    private static void readsEveryRowOnce(JdbcClient db) {
        db.sql("CREATE TABLE paged (id VARCHAR(200) PRIMARY KEY, n INTEGER NOT NULL)").update();
        List<String> ids = new ArrayList<>(List.of("a", "A", "é", "Z-1", "z-1", "客户-1", "0"));
        for (int i = ids.size(); i < 2 * PagesById.PAGE; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        for (int i = 0; i < ids.size(); i++) {
            db.sql("INSERT INTO paged (id, n) VALUES (?, ?)").params(ids.get(i), i).update();
        }
        assertThat(read(db, "1 = 1", List.of())).as("exactly two full pages").containsExactlyInAnyOrderElementsOf(ids);
        List<String> even = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 2) {
            even.add(ids.get(i));
        }
        assertThat(read(db, "MOD(n, ?) = 0", List.of(2))).containsExactlyInAnyOrderElementsOf(even);
        db.sql("INSERT INTO paged (id, n) VALUES (?, ?)").params("last", -1).update();
        assertThat(read(db, "n >= ?", List.of(-1))).as("and a short third page").hasSize(ids.size() + 1);
    }

    private static List<String> read(JdbcClient db, String where, List<?> params) {
        List<String> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PagesById.forEach(db, "id, n", "paged", where, params, rs -> {
            String id = rs.getString("id");
            assertThat(seen.add(id)).as("%s read twice", id).isTrue();
            read.add(id);
        });
        return read;
    }
}
