package com.commitment.advisor.security;

import com.commitment.advisor.profile.Page;
import com.commitment.advisor.profile.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail in the database, newest first when read. */
public final class AuditLog {

    private final JdbcClient db;
    private final Clock clock;

    public AuditLog(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, String target, String detail) {
        db.sql("INSERT INTO audit_event (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor, action.name(), target,
                        detail)
                .update();
    }

    public Page<AuditEvent> page(Paging paging) {
        return paging.read(db, "SELECT id, at, actor, action, target, detail", "FROM audit_event", List.of(),
                "at DESC, id DESC", AuditLog::event);
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
                rs.getString("detail"));
    }
}
