package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The admin endpoints on users and the audit trail, over real HTTP on a fresh database: what an ADMIN changes
 * applies at the next call, and who changed users, handed deals over or reloaded the rules is on the trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "advisor.security.login-failures=1000")
@DirtiesContext
class UsersAndAuditTest {

    static final Path DATA = Path.of("target", "users-audit-" + UUID.randomUUID()).toAbsolutePath();

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("advisor.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void connect() {
        admin = new Api(port).as(TestUsers.ADMIN);
    }

    @Test
    void anAddedUserSignsInAndTheirRoleAndPasswordChangeAtOnce() throws Exception {
        Api.Reply added = admin.post("/api/v1/users",
                "{\"name\": \"li.wei\", \"role\": \"REP\", \"manager\": \"" + TestUsers.MANAGER + "\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("user").get("name").asString()).isEqualTo("li.wei");
        assertThat(added.body().get("user").get("manager").asString()).isEqualTo(TestUsers.MANAGER);
        String password = added.body().get("password").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);

        Api li = new Api(port).as("li.wei", password);
        assertThat(li.get("/api/v1/me").body().get("role").asString()).isEqualTo("REP");
        assertThat(li.get("/api/v1/deals").status()).isEqualTo(200);
        assertThat(li.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/users").body().findValuesAsString("name")).contains("li.wei");

        Api.Reply changed = admin.put("/api/v1/users/li.wei/role", "{\"role\": \"SALES_OPS\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("role").asString()).isEqualTo("SALES_OPS");
        assertThat(changed.body().has("manager")).as("a manager is for reps only").isFalse();
        assertThat(li.get("/api/v1/me").body().get("role").asString()).as("at the next call").isEqualTo("SALES_OPS");
        assertThat(li.get("/api/v1/deals").status()).isEqualTo(403);

        Api.Reply reset = admin.post("/api/v1/users/li.wei/password", "{\"password\": \"a-new-password-1\"}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body().get("password").asString()).isEqualTo("a-new-password-1");
        assertThat(li.get("/api/v1/me").status()).as("the old password").isEqualTo(401);
        assertThat(new Api(port).as("li.wei", "a-new-password-1").get("/api/v1/me").status()).isEqualTo(200);

        Api.Reply random = admin.post("/api/v1/users/li.wei/password", "");
        assertThat(random.status()).isEqualTo(200);
        String made = random.body().get("password").asString();
        assertThat(made).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo("a-new-password-1");
        assertThat(new Api(port).as("li.wei", made).get("/api/v1/me").status()).isEqualTo(200);

        List<JsonNode> trail = auditOf("li.wei");
        assertThat(trail).extracting(e -> e.get("action").asString())
                .containsExactly("USER_PASSWORD_RESET", "USER_PASSWORD_RESET", "USER_ROLE_CHANGED", "USER_ADDED");
        assertThat(trail).allSatisfy(e -> assertThat(e.get("actor").asString()).isEqualTo(TestUsers.ADMIN));
        assertThat(trail.get(2).get("detail").asString()).isEqualTo("REP -> SALES_OPS");
        assertThat(trail.get(3).get("detail").asString()).isEqualTo("REP, manager " + TestUsers.MANAGER);
        assertThat(trail).allSatisfy(e -> assertThat(e.toString()).doesNotContain(made, "a-new-password-1"));
    }

    @Test
    void aRoleChangeReachesASignedInPageAtOnce() throws Exception {
        admin.post("/api/v1/users",
                "{\"name\": \"page.admin\", \"role\": \"ADMIN\", \"password\": \"page-password-1\"}");
        FromAddress browser = new FromAddress("127.0.0.1", port);
        browser.get("/login.html", null);
        FromAddress.Reply signedIn = browser.postForm("/login", Map.of("username", "page.admin",
                "password", "page-password-1", "_csrf", browser.cookie("XSRF-TOKEN")));
        assertThat(signedIn.header("Location")).doesNotContain("login.html");
        assertThat(browser.get("/api/v1/users", null).status()).isEqualTo(200);
        assertThat(browser.get("/", null).status()).isEqualTo(200);

        assertThat(admin.put("/api/v1/users/page.admin/role", "{\"role\": \"SALES_OPS\"}").status()).isEqualTo(200);
        assertThat(browser.get("/", null).header("Location")).as("the page after the demotion")
                .endsWith("/login.html?expired");
        assertThat(browser.get("/api/v1/users", null).status()).isEqualTo(401);

        FromAddress again = new FromAddress("127.0.0.1", port);
        again.get("/login.html", null);
        again.postForm("/login", Map.of("username", "page.admin", "password", "page-password-1",
                "_csrf", again.cookie("XSRF-TOKEN")));
        assertThat(again.get("/api/v1/me", null).body()).contains("SALES_OPS");
        assertThat(again.get("/api/v1/users", null).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/users/page.admin/password", "").status()).isEqualTo(200);
        assertThat(again.get("/api/v1/me", null).status()).as("after a password reset").isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        bad name        | POST users               | {"name": "li wei", "role": "REP"}                      | /name
        no name         | POST users               | {"role": "REP"}                                        | /name
        unknown role    | POST users               | {"name": "li", "role": "BOSS"}                         | /role
        no role         | POST users               | {"name": "li"}                                         | /role
        short password  | POST users               | {"name": "li", "role": "REP", "password": "short"}     | /password
        manager a rep   | POST users               | {"name": "li", "role": "REP", "manager": "rep1"}       | /manager
        manager nobody  | POST users               | {"name": "li", "role": "REP", "manager": "nobody"}     | /manager
        manager of ops  | POST users               | {"name": "li", "role": "SALES_OPS", "manager": "mgr1"} | /manager
        set role BOSS   | PUT users/rep1/role      | {"role": "BOSS"}                                       | /role
        set no role     | PUT users/rep1/role      | {}                                                     | /role
        set manager rep | PUT users/rep1/role      | {"role": "REP", "manager": "rep2"}                     | /manager
        reset short     | POST users/rep1/password | {"password": "short"}                                  | /password
        """)
    void invalidInputIsRefusedWithAPointer(String name, String call, String body, String pointer) throws Exception {
        String path = "/api/v1/" + call.split(" ")[1];
        Api.Reply reply = call.startsWith("PUT ") ? admin.put(path, body) : admin.post(path, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(reply.body().get("errors").findValuesAsString("pointer")).containsExactly(pointer);
        assertThat(admin.get("/api/v1/users/li").status()).as("nobody added").isEqualTo(404);
        assertThat(admin.get("/api/v1/users/rep1").body().get("role").asString()).isEqualTo("REP");
        assertThat(admin.get("/api/v1/users/rep1").body().get("manager").asString()).isEqualTo(TestUsers.MANAGER);
        assertThat(new Api(port).as(TestUsers.REP).get("/api/v1/me").status()).as("password unchanged")
                .isEqualTo(200);
    }

    @Test
    void aDuplicateOrUnknownUserIsRefused() throws Exception {
        Api.Reply duplicate = admin.post("/api/v1/users", "{\"name\": \"" + TestUsers.REP + "\", \"role\": \"REP\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).isEqualTo("/problems/already-exists");
        assertThat(admin.put("/api/v1/users/nobody/role", "{\"role\": \"REP\"}").status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/users/nobody/password", "").status()).isEqualTo(404);
        assertThat(new Api(port).as(TestUsers.MANAGER).post("/api/v1/users", "{\"name\": \"x\", \"role\": \"ADMIN\"}")
                .status()).as("only an ADMIN adds users").isEqualTo(403);
    }

    @Test
    void aManagerHandsADealToAnotherOfTheirRepsOnly() throws Exception {
        Api rep1 = new Api(port).as(TestUsers.REP);
        Api rep2 = new Api(port).as(TestUsers.REP_SAME_MANAGER);
        Api manager = new Api(port).as(TestUsers.MANAGER);
        assertThat(rep1.put("/api/v1/deals/AUDIT-1", "{\"deal\": {\"customer\": \"Acme\"}}").status()).isEqualTo(201);
        long version = rep1.get("/api/v1/deals/AUDIT-1").body().get("version").asLong();
        assertThat(rep2.get("/api/v1/deals/AUDIT-1").status()).isEqualTo(404);

        Api.Reply otherTeam = manager.put("/api/v1/deals/AUDIT-1/rep", "{\"rep\": \"" + TestUsers.REP_OTHER_MANAGER
                + "\"}");
        assertThat(otherTeam.status()).isEqualTo(400);
        assertThat(otherTeam.body().get("errors").findValuesAsString("pointer")).containsExactly("/rep");
        assertThat(manager.put("/api/v1/deals/AUDIT-1/rep", "{\"rep\": \"" + TestUsers.MANAGER + "\"}").status())
                .as("not a rep").isEqualTo(400);
        assertThat(new Api(port).as(TestUsers.OTHER_MANAGER).put("/api/v1/deals/AUDIT-1/rep",
                "{\"rep\": \"" + TestUsers.REP_OTHER_MANAGER + "\"}").status()).as("not their rep's deal")
                .isEqualTo(404);
        assertThat(rep1.put("/api/v1/deals/AUDIT-1/rep", "{\"rep\": \"" + TestUsers.REP_SAME_MANAGER + "\"}")
                .status()).as("a rep hands nothing over").isEqualTo(403);

        Api.Reply handed = manager.put("/api/v1/deals/AUDIT-1/rep", "{\"rep\": \"" + TestUsers.REP_SAME_MANAGER
                + "\"}");
        assertThat(handed.status()).isEqualTo(200);
        assertThat(handed.body().get("rep").asString()).isEqualTo(TestUsers.REP_SAME_MANAGER);
        assertThat(handed.body().get("version").asLong()).isEqualTo(version + 1);
        assertThat(rep2.get("/api/v1/deals/AUDIT-1").body().get("rep").asString())
                .isEqualTo(TestUsers.REP_SAME_MANAGER);
        assertThat(rep1.get("/api/v1/deals/AUDIT-1").status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/deals/AUDIT-1").status()).isEqualTo(200);

        List<JsonNode> trail = auditOf("AUDIT-1");
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).get("action").asString()).isEqualTo("DEAL_REASSIGNED");
        assertThat(trail.get(0).get("actor").asString()).isEqualTo(TestUsers.MANAGER);
        assertThat(trail.get(0).get("detail").asString())
                .isEqualTo(TestUsers.REP + " -> " + TestUsers.REP_SAME_MANAGER);
    }

    @Test
    void aRulesReloadIsOnTheTrailWithWhoAskedForIt() throws Exception {
        Api.Reply reloaded = new Api(port).as(TestUsers.SALES_OPS).post("/api/v1/rules/reload", "");
        assertThat(reloaded.status()).isEqualTo(200);
        String version = reloaded.body().get("status").get("version").asString();

        JsonNode event = audit().stream().filter(e -> e.get("action").asString().equals("RULES_RELOADED"))
                .findFirst().orElseThrow();
        assertThat(event.get("actor").asString()).isEqualTo(TestUsers.SALES_OPS);
        assertThat(event.get("target").asString()).isEqualTo(version);
        assertThat(event.get("detail").asString()).isEqualTo(reloaded.body().get("result").asString());

        assertThat(new Api(port).as(TestUsers.SALES_OPS).get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(new Api(port).as(TestUsers.MANAGER).get("/api/v1/audit").status()).isEqualTo(403);
    }

    /** The whole trail, newest first. */
    private List<JsonNode> audit() throws Exception {
        Api.Reply page = admin.get("/api/v1/audit?size=100");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("total").asLong()).isLessThanOrEqualTo(100);
        List<JsonNode> events = new ArrayList<>();
        page.body().get("items").forEach(events::add);
        return events;
    }

    private List<JsonNode> auditOf(String target) throws Exception {
        return audit().stream().filter(e -> e.has("target") && target.equals(e.get("target").asString())).toList();
    }
}
