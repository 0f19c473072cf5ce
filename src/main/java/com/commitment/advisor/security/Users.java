package com.commitment.advisor.security;

import com.commitment.advisor.profile.ConflictException;
import com.commitment.advisor.profile.InputCheck;
import com.commitment.advisor.profile.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Adds users, changes their role and resets their password, each written to the audit trail. The admin endpoints
 * and the {@code users} command both go through here, so the same checks hold for both.
 */
public final class Users {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final int MIN_PASSWORD = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    public Users(UserStore store, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user added and the password they sign in with: the one given, or a random one when none is. */
    public record Added(AdvisorUser user, String password) {
    }

    public Added add(String actor, String name, UserRole role, String manager, String password) {
        InputCheck.require(name != null && NAME.matcher(name).matches(), "/name",
                "1 to 100 letters, digits or . _ @ -");
        InputCheck.require(role != null, "/role", "REP, MANAGER, SALES_OPS or ADMIN");
        checkManager(role, manager);
        String chosen = password == null ? randomPassword() : password;
        checkPassword(chosen);
        AdvisorUser user = new AdvisorUser(name, role, manager, clock.instant());
        try {
            store.insert(user, encoder.encode(chosen));
        } catch (DuplicateKeyException e) {
            throw ConflictException.duplicate("User " + name);
        }
        audit.record(actor, AuditAction.USER_ADDED, name, role + (manager == null ? "" : ", manager " + manager));
        return new Added(user, chosen);
    }

    public List<AdvisorUser> all() {
        return store.all();
    }

    public AdvisorUser user(String name) {
        return store.find(name).orElseThrow(() -> new NotFoundException("User " + name));
    }

    /** A manager is named only for a REP; changing the role to another one drops it. */
    public AdvisorUser setRole(String actor, String name, UserRole role, String manager) {
        InputCheck.require(role != null, "/role", "REP, MANAGER, SALES_OPS or ADMIN");
        AdvisorUser before = user(name);
        checkManager(role, manager);
        store.setRole(name, role, manager);
        audit.record(actor, AuditAction.USER_ROLE_CHANGED, name, before.role() + " -> " + role
                + (manager == null ? "" : ", manager " + manager));
        return user(name);
    }

    /** Sets the password given, or a random one; returns it. */
    public String resetPassword(String actor, String name, String password) {
        user(name);
        String chosen = password == null ? randomPassword() : password;
        checkPassword(chosen);
        store.setPassword(name, encoder.encode(chosen));
        audit.record(actor, AuditAction.USER_PASSWORD_RESET, name, null);
        return chosen;
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void checkManager(UserRole role, String manager) {
        if (manager == null) {
            return;
        }
        InputCheck.require(role == UserRole.REP, "/manager", "only a REP names a manager");
        InputCheck.require(store.find(manager).map(m -> m.role() == UserRole.MANAGER).orElse(false), "/manager",
                "no MANAGER user named '" + manager + "'");
    }

    private static void checkPassword(String password) {
        InputCheck.require(password.length() >= MIN_PASSWORD && password.length() <= 200, "/password",
                "at least " + MIN_PASSWORD + " characters (and at most 200)");
    }
}
