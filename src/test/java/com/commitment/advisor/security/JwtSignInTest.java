package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in with a company identity provider's bearer JWT, over real HTTP: the provider's keys come from its JWK set
 * (served by the test on loopback), its issuer is checked without the service ever asking the issuer for anything.
 * The issuer is set with {@code issuer-uri} beside {@code jwk-set-uri}: Spring Boot 4.0.7 checks the issuer then,
 * while with {@code public-key-location} it never does, and given both a public key and an issuer it ignores the
 * key and fetches {@code <issuer>/.well-known/openid-configuration} on the first token instead (as
 * {@code application.properties} says too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class JwtSignInTest {

    static final Jwts IDP = Jwts.start();
    static final String ADMIN_TOKEN = "admin-token-" + UUID.randomUUID();
    static final Path DATA = Path.of("target", "jwt-sign-in-" + UUID.randomUUID()).toAbsolutePath();
    static final String ADVICE = "{\"deal\": {\"id\": \"JWT-1\", \"asOf\": \"2026-09-20\"}}";

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("advisor.data-dir", DATA::toString);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDP::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> Jwts.ISSUER);
        registry.add("advisor.admin-token", () -> ADMIN_TOKEN);
    }

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    Api bearer(String token) {
        return api.authorized("Bearer " + token);
    }

    static Map<String, Object> claims(String user, String... roles) {
        return Map.of("sub", user, "roles", List.of(roles));
    }

    @Test
    void aRepTokenSignsInAsItsSubjectWithItsRoles() throws Exception {
        Api rep = bearer(IDP.token(claims("jwt-rep", "REP")));

        assertThat(rep.post("/api/v1/advice", ADVICE).status()).isEqualTo(200);
        Api.Reply me = rep.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("name").asString()).isEqualTo("jwt-rep");
        assertThat(me.body().get("role").asString()).isEqualTo("REP");

        Api.Reply stored = rep.put("/api/v1/deals/JWT-OWNED", "{\"deal\": {\"customer\": \"Acme\"}}");
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.body().get("rep").asString()).as("the deal is owned by the token's user")
                .isEqualTo("jwt-rep");
        assertThat(bearer(IDP.token(claims("jwt-other-rep", "REP"))).get("/api/v1/deals/JWT-OWNED").status())
                .as("another rep's token does not see it").isEqualTo(404);

        assertThat(IDP.otherRequests()).as("nothing but the JWK set is asked of the provider").isZero();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertNotSignedIn(bearer(IDP.expired(claims("jwt-rep", "REP"))).post("/api/v1/advice", ADVICE));
        assertNotSignedIn(bearer(IDP.expired(claims("jwt-rep", "REP"))).get("/api/v1/me"));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        String token = IDP.fromIssuer("https://idp.test/other-realm", claims("jwt-rep", "REP"));
        assertNotSignedIn(bearer(token).post("/api/v1/advice", ADVICE));
        assertNotSignedIn(bearer(token).get("/api/v1/me"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String token = IDP.signedWithAnotherKey(claims("jwt-rep", "REP"));
        assertNotSignedIn(bearer(token).post("/api/v1/advice", ADVICE));
        assertNotSignedIn(bearer(token).get("/api/v1/me"));
        assertNotSignedIn(bearer("not.a.token").get("/api/v1/me"));
    }

    @Test
    void salesOpsAsksForAdviceButReadsNoDeals() throws Exception {
        Api ops = bearer(IDP.token(claims("jwt-ops", "SALES_OPS")));
        assertThat(ops.post("/api/v1/advice", ADVICE).status()).isEqualTo(200);
        Api.Reply deals = ops.get("/api/v1/deals");
        assertThat(deals.status()).isEqualTo(403);
        assertThat(deals.isProblem()).isTrue();
        assertThat(ops.get("/api/v1/rules").status()).isEqualTo(200);
    }

    @Test
    void theAdminTokenStillOpensTheRulesAndNothingElse() throws Exception {
        Api automation = bearer(ADMIN_TOKEN);
        Api.Reply rules = automation.get("/api/v1/rules");
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.body().has("version")).isTrue();
        assertNotSignedIn(automation.post("/api/v1/advice", ADVICE));
        assertNotSignedIn(automation.get("/api/v1/me"));
        assertNotSignedIn(bearer(ADMIN_TOKEN + "x").get("/api/v1/rules"));
    }

    @Test
    void aTokenWithoutTheUserClaimIsRefused() throws Exception {
        String token = IDP.token(Map.of("roles", List.of("REP")));
        assertNotSignedIn(bearer(token).post("/api/v1/advice", ADVICE));
        assertNotSignedIn(bearer(token).get("/api/v1/me"));
    }

    @Test
    void aTokenWithNoRoleOfOursMayDoNothing() throws Exception {
        Api viewer = bearer(IDP.token(claims("jwt-viewer", "VIEWER")));
        assertThat(viewer.post("/api/v1/advice", ADVICE).status()).isEqualTo(403);
        Api.Reply me = viewer.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.isProblem()).isTrue();
        assertThat(bearer(IDP.token(Map.of("sub", "jwt-nobody"))).get("/api/v1/me").status()).isEqualTo(403);
    }

    @Test
    void refusedTokensDoNotPausePasswordSignInFromTheirAddress() throws Exception {
        FromAddress proxy = new FromAddress("127.0.0.9", port);
        for (int i = 0; i < 6; i++) {
            assertThat(proxy.get("/api/v1/me", "Bearer " + IDP.expired(claims("jwt-rep", "REP"))).status())
                    .isEqualTo(401);
        }
        assertThat(proxy.get("/api/v1/me", TestUsers.basic(TestUsers.REP)).status())
                .as("six expired tokens are no password guesses (advisor.security.login-failures=5)").isEqualTo(200);
    }

    @AfterAll
    static void stopProvider() {
        IDP.stop();
    }

    static void assertNotSignedIn(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/not-signed-in");
    }

    /** A provider whose tokens carry the user in {@code preferred_username} and the roles in {@code groups}. */
    @Nested
    @TestPropertySource(properties = {"advisor.security.jwt-roles-claim=groups",
        "advisor.security.jwt-user-claim=preferred_username"})
    class ClaimsNamedInTheSettings {

        @LocalServerPort
        int nestedPort;

        Api bearer(String token) {
            return new Api(nestedPort).authorized("Bearer " + token);
        }

        @Test
        void theUserAndRolesComeFromTheConfiguredClaims() throws Exception {
            Api manager = bearer(IDP.token(Map.of("sub", "00u1f3ab9", "preferred_username", "li.wei",
                    "groups", List.of("MANAGER", "Everyone"))));
            Api.Reply me = manager.get("/api/v1/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.body().get("name").asString()).isEqualTo("li.wei");
            assertThat(me.body().get("role").asString()).isEqualTo("MANAGER");
            assertThat(manager.post("/api/v1/advice", ADVICE).status()).isEqualTo(200);
            assertThat(manager.get("/api/v1/deals").status()).isEqualTo(200);
        }

        @Test
        void theDefaultClaimsNoLongerCount() throws Exception {
            Api rolesClaim = bearer(IDP.token(Map.of("sub", "jwt-rep", "preferred_username", "jwt-rep",
                    "roles", List.of("REP"))));
            assertThat(rolesClaim.post("/api/v1/advice", ADVICE).status()).as("roles is not the roles claim here")
                    .isEqualTo(403);
            assertNotSignedIn(bearer(IDP.token(Map.of("sub", "jwt-rep", "groups", List.of("REP"))))
                    .post("/api/v1/advice", ADVICE));
        }
    }
}
