package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The advice budget and the sign-in pauses, with small limits. The limits are this class's own, so it runs in its
 * own Spring context (own throttle and budget in memory, own database, closed after the class): nothing it uses
 * up can reach another test class. Failed sign-ins come from other loopback addresses than 127.0.0.1, so that the
 * per-address pause they cause never reaches the other tests of this class either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"advisor.security.advice-per-minute=3", "advisor.security.login-failures=3",
    "advisor.security.login-pause=30s"})
@DirtiesContext
class SignInLimitsTest {

    static final Path DATA = Path.of("target", "sign-in-limits-" + UUID.randomUUID()).toAbsolutePath();
    static final String ADVICE = "{\"deal\": {\"id\": \"LIMIT-1\", \"asOf\": \"2026-09-20\"}}";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("advisor.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    FromAddress from(String address) throws Exception {
        return new FromAddress(address, port);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFourthAdviceInAMinuteWaitsWhileAnotherUserStillGetsAdvice() throws Exception {
        Api rep = new Api(port).as(TestUsers.REP_SAME_MANAGER);
        for (int i = 0; i < 3; i++) {
            assertThat(rep.post("/api/v1/advice", ADVICE).status()).as("call %d", i + 1).isEqualTo(200);
        }
        Api.Reply fourth = rep.post("/api/v1/advice", ADVICE);
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.isProblem()).isTrue();
        assertThat(fourth.body().get("type").asString()).isEqualTo("/problems/too-many-requests");
        long retryAfter = Long.parseLong(fourth.header("Retry-After"));
        assertThat(retryAfter).as("a whole number of seconds, at most a refill of one call").isBetween(1L, 20L);
        assertThat(rep.post("/api/v1/deals/LIMIT-1/advice", "{}").status())
                .as("advice on a stored deal spends the same budget").isEqualTo(429);

        assertThat(new Api(port).as(TestUsers.REP_OTHER_MANAGER).post("/api/v1/advice", ADVICE).status())
                .isEqualTo(200);
        assertThat(rep.get("/api/v1/me").status()).as("only advice is budgeted").isEqualTo(200);
    }

    @Test
    void threeWrongPasswordsForANamePauseThatNameFromAnyAddress() throws Exception {
        FromAddress guesser = from("127.0.0.2");
        FromAddress elsewhere = from("127.0.0.3");
        String rightPassword = basic(TestUsers.OTHER_MANAGER, TestUsers.PASSWORD);

        assertThat(guesser.get("/api/v1/me", basic(TestUsers.OTHER_MANAGER, "guess-1")).status()).isEqualTo(401);
        assertThat(guesser.get("/api/v1/me", basic(TestUsers.OTHER_MANAGER, "guess-2")).status()).isEqualTo(401);
        assertThat(elsewhere.get("/api/v1/me", rightPassword).status()).as("two failures: not paused yet")
                .isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(from("127.0.0.4").get("/api/v1/me", basic(TestUsers.OTHER_MANAGER, "guess-" + i)).status())
                    .as("the success before cleared the count: failure %d", i + 1).isEqualTo(401);
        }

        FromAddress.Reply paused = elsewhere.get("/api/v1/me", rightPassword);
        assertThat(paused.status()).as("the right password, from an address with no failures").isEqualTo(429);
        assertThat(paused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(paused.body()).contains("/problems/too-many-requests");
        assertThat(Long.parseLong(paused.header("Retry-After"))).isEqualTo(30);
        assertThat(elsewhere.get("/api/v1/me", basic(TestUsers.REP_OTHER_MANAGER, TestUsers.PASSWORD)).status())
                .as("another name from that address").isEqualTo(200);
    }

    @Test
    void threeFailuresFromAnAddressPauseEveryNameFromIt() throws Exception {
        FromAddress guesser = from("127.0.0.5");
        String ops = basic(TestUsers.SALES_OPS, TestUsers.PASSWORD);

        assertThat(guesser.get("/api/v1/me", basic("nobody-1", "guess")).status()).isEqualTo(401);
        assertThat(guesser.get("/api/v1/me", basic("nobody-2", "guess")).status()).isEqualTo(401);
        assertThat(guesser.get("/api/v1/me", ops).status()).as("two failures: not paused yet").isEqualTo(200);
        assertThat(guesser.get("/api/v1/me", basic(TestUsers.MANAGER, "guess")).status()).isEqualTo(401);

        FromAddress.Reply paused = guesser.get("/api/v1/me", ops);
        assertThat(paused.status()).as("a name with no failures, from the address with three").isEqualTo(429);
        assertThat(Long.parseLong(paused.header("Retry-After"))).isEqualTo(30);
        assertThat(from("127.0.0.6").get("/api/v1/me", ops).status()).as("the same name from elsewhere")
                .isEqualTo(200);
        assertThat(from("127.0.0.6").get("/api/v1/me", basic(TestUsers.MANAGER, TestUsers.PASSWORD)).status())
                .as("one failure for this name: not paused").isEqualTo(200);
    }

    @Test
    void theSignInFormSignsInAndSaysWhenSignInIsPaused() throws Exception {
        FromAddress browser = from("127.0.0.7");
        assertThat(browser.get("/login.html", null).status()).isEqualTo(200);
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();

        FromAddress.Reply signedIn = signIn(browser, TestUsers.REP_OTHER_MANAGER, TestUsers.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/").doesNotContain("login.html");
        assertThat(browser.get("/api/v1/me", null).body()).contains("\"" + TestUsers.REP_OTHER_MANAGER + "\"");

        FromAddress failing = from("127.0.0.8");
        failing.get("/login.html", null);
        for (int i = 0; i < 3; i++) {
            FromAddress.Reply wrong = signIn(failing, "form-guess-" + i, "wrong-password");
            assertThat(wrong.status()).isEqualTo(302);
            assertThat(wrong.header("Location")).endsWith("/login.html?error");
        }
        FromAddress.Reply paused = signIn(failing, TestUsers.REP_OTHER_MANAGER, TestUsers.PASSWORD);
        assertThat(paused.status()).isEqualTo(302);
        assertThat(paused.header("Location")).endsWith("/login.html?paused");
        assertThat(failing.get("/api/v1/me", null).status()).as("not signed in").isEqualTo(401);
    }

    /** What the sign-in page's script does: the XSRF-TOKEN cookie's value as the form's _csrf field. */
    private static FromAddress.Reply signIn(FromAddress browser, String user, String password) throws Exception {
        return browser.postForm("/login", Map.of("username", user, "password", password,
                "_csrf", browser.cookie("XSRF-TOKEN")));
    }
}
