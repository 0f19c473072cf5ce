package com.commitment.advisor.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Signing in and out of the page in a real headless Chromium: the sign-in form comes first and takes only the
 * right password; signing out ends the session on the server; a write without the CSRF token is refused; a session
 * the server no longer knows sends the page back to sign-in with a notice; the pages carry their security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTest extends BrowserTest {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Test
    void withoutASessionTheSignInFormComesFirstAndTakesOnlyTheRightPassword() {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/");
        wait.until(d -> onSignInForm());
        assertThat(notice().isDisplayed()).isFalse();

        signIn(TestUsers.REP, "not-" + TestUsers.PASSWORD);
        wait.until(d -> d.getCurrentUrl().equals(base() + "/login.html?error"));
        assertThat(wait.until(ExpectedConditions.visibilityOf(notice())).getText())
                .contains("Wrong user name or password");
        assertThat(fromThePage("GET", "api/v1/me", false).status()).as("still signed out").isEqualTo(401);

        signIn(TestUsers.REP, TestUsers.PASSWORD);
        wait.until(d -> d.getCurrentUrl().equals(base() + "/"));
        wait.until(d -> d.findElement(By.id("user-name")).getText().equals(TestUsers.REP));
        WebElement role = browser.findElement(By.id("user-role"));
        assertThat(role.getText()).isEqualTo("(REP)");
        assertThat(role.isDisplayed()).isTrue();
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        Cookie session = browser.manage().getCookieNamed(SESSION_COOKIE);
        assertThat(session).as("signed in with a session cookie").isNotNull();

        browser.findElement(By.cssSelector("#sign-out button")).click();
        wait.until(d -> d.getCurrentUrl().equals(base() + "/login.html?signed-out"));
        assertThat(wait.until(ExpectedConditions.visibilityOf(notice())).getText()).contains("You are signed out");
        browser.get(base() + "/");
        wait.until(d -> onSignInForm());

        // not merely a cookie the browser dropped: the old session's cookie, sent again, opens nothing any more
        useSessionCookie(session.getValue());
        assertThat(fromThePage("GET", "api/v1/me", false).status()).isEqualTo(401);
        assertThat(fromThePage("GET", "api/v1/deals", false).status()).isEqualTo(401);
    }

    @Test
    void aWriteFromThePageWithoutTheCsrfTokenIsRefused() {
        Answer without = fromThePage("POST", "api/v1/advice", false);
        assertThat(without.status()).as(without.body()).isEqualTo(403);
        assertThat(without.contentType()).startsWith("application/problem+json");
        assertThat(without.json().get("type").asString()).isEqualTo("/problems/csrf");

        Answer with = fromThePage("POST", "api/v1/advice", true);
        assertThat(with.status()).as(with.body()).isEqualTo(200);
        assertThat(with.json().get("recommendations")).isNotEmpty();
    }

    @Test
    void askingForAdviceInASessionTheServerNoLongerKnowsGoesBackToSignIn() {
        browser.findElement(By.id("load-example")).click();
        wait.until(d -> !d.findElement(By.cssSelector("[data-path='/deal/id']")).getDomProperty("value").isEmpty());
        sessionExpires();

        browser.findElement(By.id("submit")).click();
        assertLandsOnSignInWithTheExpiredNotice();
    }

    @Test
    void searchingDealsInASessionTheServerNoLongerKnowsGoesBackToSignIn() {
        sessionExpires();

        browser.findElement(By.id("deal-search")).sendKeys("W-");
        assertLandsOnSignInWithTheExpiredNotice();
    }

    @Test
    void theSignInFormAndThePageForbidFramesAndInlineScripts() throws Exception {
        HttpClient http = HttpClient.newHttpClient(); // follows no redirect: each answer is checked as sent
        URI signInForm = URI.create(base() + "/login.html");
        URI page = URI.create(base() + "/");
        check(http.send(HttpRequest.newBuilder(signInForm).build(), HttpResponse.BodyHandlers.discarding()), 200);
        HttpResponse<Void> notSignedIn = http.send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.discarding());
        check(notSignedIn, 302);
        assertThat(notSignedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.html"));
        check(http.send(HttpRequest.newBuilder(page).header("Authorization", TestUsers.basic(TestUsers.REP)).build(),
                HttpResponse.BodyHandlers.discarding()), 200);
    }

    /** Keeps the console check of {@link BrowserTest} honest: a refused inline style is seen in the console. */
    @Test
    void theConsoleCheckSeesAnInlineStyleTheBrowserRefused() {
        browser.executeScript(
                "document.getElementById('outcome').innerHTML = '<span style=\"color: red\">inline</span>'");
        List<String> seen = new ArrayList<>();
        wait.until(d -> seen.addAll(contentSecurityPolicyViolations()) || !seen.isEmpty());
        assertThat(seen).anySatisfy(message -> assertThat(message).contains("style-src"));
    }

    /**
     * What an expired session looks like to the browser: the server forgot it (its timeout passed, or the service
     * restarted) while the browser still sends the JSESSIONID cookie it was given, which lives until the browser
     * closes. A session id the server never issued is just that, so the test puts one in place of the real one
     * rather than waiting out the timeout.
     */
    private void sessionExpires() {
        useSessionCookie("0123456789ABCDEF0123456789ABCDEF");
    }

    private void useSessionCookie(String value) {
        browser.manage().deleteCookieNamed(SESSION_COOKIE);
        browser.manage().addCookie(new Cookie(SESSION_COOKIE, value, "/"));
    }

    private void assertLandsOnSignInWithTheExpiredNotice() {
        wait.until(d -> d.getCurrentUrl().equals(base() + "/login.html?expired"));
        assertThat(wait.until(ExpectedConditions.visibilityOf(notice())).getText())
                .contains("Your session ended: sign in again.");
    }

    private static void check(HttpResponse<?> response, int status) {
        String what = response.request().method() + " " + response.uri().getPath();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        List<String> policy = Arrays.stream(response.headers().firstValue("Content-Security-Policy").orElse("")
                .split(";")).map(String::trim).toList();
        assertThat(policy).as(what + ": Content-Security-Policy").contains("frame-ancestors 'none'",
                "script-src 'self'", "style-src 'self'");
        assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
    }

    private WebElement notice() {
        return browser.findElement(By.id("notice"));
    }

    /** One answer to a call the page's own origin makes. */
    private record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return Api.JSON.readTree(body);
        }
    }

    /**
     * A call made by script in the page, as its own calls are (same origin, its cookies, X-Requested-With), with the
     * X-XSRF-TOKEN header read by the page's own csrfToken() or without it; a POST sends the recruiting example.
     */
    private Answer fromThePage(String method, String url, boolean csrfHeader) {
        List<?> answer = (List<?>) browser.executeAsyncScript("""
                const [method, url, csrfHeader, done] = arguments;
                const headers = { 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' };
                if (csrfHeader) headers['X-XSRF-TOKEN'] = csrfToken();
                const body = method === 'GET' ? Promise.resolve(undefined)
                  : fetch('examples/recruiting.json').then(example => example.text());
                body.then(text => fetch(url, { method, headers, body: text }))
                  .then(response => response.text()
                    .then(text => done([response.status, response.headers.get('Content-Type') || '', text])))
                  .catch(failure => done([0, '', String(failure)]));
                """, method, url, csrfHeader);
        return new Answer(((Number) answer.get(0)).intValue(), (String) answer.get(1), (String) answer.get(2));
    }
}
