package com.commitment.advisor;

import com.commitment.advisor.security.UserRole;
import com.commitment.advisor.security.UserStore;
import com.commitment.advisor.security.Users;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The users every test server has, added through the real {@link Users} after the first-start admin: two managers
 * with their reps, a rep of each, sales-ops and an admin. Picked up by every {@code @SpringBootTest}, since it lies
 * in the application's package.
 */
@Component
@Order(1)
public class TestUsers implements ApplicationRunner {

    public static final String PASSWORD = "test-password-1";
    /** Rep of manager mgr1; the default caller of the tests. */
    public static final String REP = "rep1";
    /** Another rep of mgr1. */
    public static final String REP_SAME_MANAGER = "rep2";
    /** A rep of mgr2. */
    public static final String REP_OTHER_MANAGER = "rep3";
    public static final String MANAGER = "mgr1";
    public static final String OTHER_MANAGER = "mgr2";
    public static final String SALES_OPS = "ops1";
    public static final String ADMIN = "admin1";

    private final Users users;
    private final UserStore store;

    TestUsers(Users users, UserStore store) {
        this.users = users;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        add(MANAGER, UserRole.MANAGER, null);
        add(OTHER_MANAGER, UserRole.MANAGER, null);
        add(REP, UserRole.REP, MANAGER);
        add(REP_SAME_MANAGER, UserRole.REP, MANAGER);
        add(REP_OTHER_MANAGER, UserRole.REP, OTHER_MANAGER);
        add(SALES_OPS, UserRole.SALES_OPS, null);
        add(ADMIN, UserRole.ADMIN, null);
    }

    private void add(String name, UserRole role, String manager) {
        if (store.find(name).isEmpty()) {
            users.add("tests", name, role, manager, PASSWORD);
        }
    }

    /** The Authorization header of a test user. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
