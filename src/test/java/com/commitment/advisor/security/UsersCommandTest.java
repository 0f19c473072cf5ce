package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.AdvisorApplication;
import com.commitment.advisor.TestUsers;
import com.commitment.advisor.cli.AdvisorCli;
import com.commitment.advisor.profile.Api;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code advisor users ...} on a real H2 file database: without the service, and while the service runs on the same
 * file (the command then reaches the database through the service, AUTO_SERVER=TRUE).
 */
class UsersCommandTest {

    private static final Pattern PASSWORD = Pattern.compile("(?m)^password: (\\S+)$");

    @TempDir
    Path dir;

    /** What one run printed and its exit code. */
    record Run(int exit, String out, String err) {

        String password() {
            Matcher matcher = PASSWORD.matcher(out);
            assertThat(matcher.find()).as("a password in: %s", out).isTrue();
            return matcher.group(1);
        }
    }

    String url() {
        return "jdbc:h2:file:" + dir.resolve("advisor") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    Run users(String... args) {
        return usersWithInput(null, args);
    }

    Run usersWithInput(String stdin, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "users";
        System.arraycopy(args, 0, command, 1, args.length);
        command[args.length + 1] = "--db-url";
        command[args.length + 2] = url();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(AdvisorCli.class);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        InputStream in = System.in;
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return new Run(cli.execute(command), out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    /** The stored role and password hash of a user, read from the database itself. */
    Optional<String[]> stored(String name) throws Exception {
        try (Connection db = DriverManager.getConnection(url(), "", "");
                PreparedStatement query = db.prepareStatement(
                        "SELECT role, manager, password FROM app_user WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new String[] {row.getString(1), row.getString(2), row.getString(3)})
                        : Optional.empty();
            }
        }
    }

    static boolean matches(String password, String hash) {
        return Passwords.encoder(4).matches(password, hash);
    }

    @Test
    void addPrintsAPasswordThatMatchesTheStoredHash() throws Exception {
        Run added = users("add", "li.wei", "--role", "MANAGER");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("added li.wei (MANAGER)");
        String password = added.password();
        String[] row = stored("li.wei").orElseThrow();
        assertThat(row[0]).isEqualTo("MANAGER");
        assertThat(row[2]).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(matches(password, row[2])).isTrue();
        assertThat(matches(password + "x", row[2])).isFalse();

        Run rep = users("add", "chen", "--role", "REP", "--manager", "li.wei");
        assertThat(rep.exit()).as(rep.err()).isZero();
        Run list = users("list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).containsPattern("(?m)^li\\.wei +MANAGER +- ")
                .containsPattern("(?m)^chen +REP +li\\.wei ");
        assertThat(list.out()).doesNotContain(password);
    }

    @Test
    void setRoleChangesTheRoleAndResetPasswordSetsThePasswordFromStdin() throws Exception {
        users("add", "mgr", "--role", "MANAGER");
        users("add", "fang", "--role", "SALES_OPS");

        Run changed = users("set-role", "fang", "REP", "--manager", "mgr");
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("fang is now REP, managed by mgr");
        assertThat(stored("fang").orElseThrow()).startsWith("REP", "mgr");

        Run reset = usersWithInput("a-chosen-password-1\n", "reset-password", "fang", "--password-stdin");
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("password of fang reset").doesNotContain("a-chosen-password-1");
        assertThat(matches("a-chosen-password-1", stored("fang").orElseThrow()[2])).isTrue();

        Run random = users("reset-password", "fang");
        assertThat(random.exit()).isZero();
        assertThat(matches(random.password(), stored("fang").orElseThrow()[2])).isTrue();
        assertThat(matches("a-chosen-password-1", stored("fang").orElseThrow()[2])).isFalse();

        Run added = usersWithInput("another-password-2\n", "add", "zhou", "--role", "ADMIN", "--password-stdin");
        assertThat(added.exit()).isZero();
        assertThat(added.out()).doesNotContain("password:");
        assertThat(matches("another-password-2", stored("zhou").orElseThrow()[2])).isTrue();
    }

    @Test
    void wrongInputExitsWithTwoAndARefusalWithOne() throws Exception {
        users("add", "mgr", "--role", "MANAGER");

        Run badRole = users("add", "li", "--role", "BOSS");
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("BOSS").contains("REP, MANAGER, SALES_OPS, ADMIN");
        Run badSetRole = users("set-role", "mgr", "BOSS");
        assertThat(badSetRole.exit()).isEqualTo(2);
        assertThat(badSetRole.err()).contains("BOSS");
        assertThat(stored("li")).isEmpty();
        assertThat(stored("mgr").orElseThrow()[0]).isEqualTo("MANAGER");

        Run badName = users("add", "li wei", "--role", "REP");
        assertThat(badName.exit()).isEqualTo(2);
        assertThat(badName.err()).contains("name:");
        Run shortPassword = usersWithInput("short\n", "add", "li", "--role", "REP", "--password-stdin");
        assertThat(shortPassword.exit()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("password: at least 12 characters");
        Run notAManager = users("add", "li", "--role", "REP", "--manager", "nobody");
        assertThat(notAManager.exit()).isEqualTo(2);
        assertThat(notAManager.err()).contains("manager:");
        assertThat(stored("li")).isEmpty();

        Run unknown = users("set-role", "nobody", "REP");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("User nobody");
        assertThat(users("reset-password", "nobody").exit()).isEqualTo(1);
        Run duplicate = users("add", "mgr", "--role", "REP");
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err()).contains("already exists");
        assertThat(stored("mgr").orElseThrow()[0]).isEqualTo("MANAGER");
    }

    @Test
    void aUserAddedWhileTheServiceRunsSignsInAtOnce() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(AdvisorApplication.class).run(
                "--server.port=0", "--advisor.data-dir=" + dir, "--spring.datasource.url=" + url())) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            Api api = new Api(port);
            assertThat(api.as(TestUsers.ADMIN).get("/api/v1/users").status()).as("the service is up").isEqualTo(200);
            assertThat(api.as("li.wei", "whatever-password").get("/api/v1/me").status()).isEqualTo(401);

            Run added = users("add", "li.wei", "--role", "REP", "--manager", TestUsers.MANAGER);
            assertThat(added.exit()).as(added.err()).isZero();

            Api.Reply me = api.as("li.wei", added.password()).get("/api/v1/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.body().get("role").asString()).isEqualTo("REP");
            assertThat(api.as(TestUsers.ADMIN).get("/api/v1/users/li.wei").body().get("manager").asString())
                    .isEqualTo(TestUsers.MANAGER);
            assertThat(api.as(TestUsers.ADMIN).get("/api/v1/audit").body().get("items").get(0).get("actor")
                    .asString()).isEqualTo("cli:" + System.getProperty("user.name"));
        }
    }
}
