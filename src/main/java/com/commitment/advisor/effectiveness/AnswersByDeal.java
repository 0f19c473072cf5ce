package com.commitment.advisor.effectiveness;

import com.commitment.advisor.decision.LoggedRecommendation;
import com.commitment.advisor.security.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the logged answers of a period in the order of their deal, a page at a time (each page starts after the last
 * deal and id read), so a deal's answers come one after another and a big log is never held in memory at once, on
 * H2 and PostgreSQL alike. Every logged answer has a deal id: advice requires one.
 */
final class AnswersByDeal {

    static final int PAGE = 1000;

    private static final TypeReference<List<LoggedRecommendation>> RECOMMENDATIONS = new TypeReference<>() { };

    /** What is done with each answer, in deal order. */
    interface Answer {
        void read(String dealId, List<LoggedRecommendation> recommendations);
    }

    private final JdbcClient db;
    private final JsonMapper json;

    AnswersByDeal(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    void forEach(Period period, Scope visible, Answer answer) {
        List<Object> filter = new ArrayList<>();
        String where = period.sql("decided_at", filter) + " AND " + visible.sql();
        filter.addAll(visible.params());
        String first = "SELECT id, deal_id, recommendations FROM decision WHERE " + where
                + " ORDER BY deal_id, id LIMIT ?";
        // deal_id >= ? lets the database start the page in the deal index; an OR alone made it scan from the start
        String next = "SELECT id, deal_id, recommendations FROM decision WHERE " + where
                + " AND deal_id >= ? AND (deal_id > ? OR id > ?) ORDER BY deal_id, id LIMIT ?";
        Page last = null;
        do {
            List<Object> params = new ArrayList<>(filter);
            String sql = first;
            if (last != null) {
                params.addAll(List.of(last.lastDeal, last.lastDeal, last.lastId));
                sql = next;
            }
            params.add(PAGE);
            Page page = new Page(answer);
            db.sql(sql).params(params).query(page);
            last = page;
        } while (last.rows == PAGE);
    }

    /** Passes each answer on, counting them and keeping the last deal and id, where the next page starts. */
    private final class Page implements RowCallbackHandler {

        private final Answer answer;
        private int rows;
        private String lastDeal;
        private String lastId;

        Page(Answer answer) {
            this.answer = answer;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            rows++;
            lastDeal = rs.getString("deal_id");
            lastId = rs.getString("id");
            answer.read(lastDeal, json.readValue(rs.getString("recommendations"), RECOMMENDATIONS));
        }
    }
}
