package com.commitment.advisor.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.effectiveness.GeneratedHistory;
import com.commitment.advisor.profile.Api;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The sales-ops page of rule effectiveness in a real headless Chromium on a fresh database with a small seeded
 * history (win rates from 3 closed deals, {@code advisor.effectiveness.min-deals}): a rep has no link to it and is
 * turned away; sales-ops follow the link, sort the table by its columns and read a bar chart per rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.effectiveness.min-deals=3")
class RuleEffectivenessBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "effectiveness-page-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("advisor.data-dir", dir::toString);
    }

    /** The next test signs in as the rep again. */
    @AfterEach
    void signOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void salesOpsSortTheRulesAndReadTheirWinRatesWhileARepIsTurnedAway() throws Exception {
        GeneratedHistory history = new GeneratedHistory(new Api(port), 16).build();
        JsonNode report = new Api(port).as(TestUsers.SALES_OPS).get("/api/v1/rules/effectiveness").body();
        assertThat(report.get("minDeals").asInt()).isEqualTo(3);
        List<String> rules = new ArrayList<>();
        report.get("rules").forEach(r -> rules.add(r.get("rule").asString()));

        assertThat(browser.findElement(By.id("effectiveness-link")).isDisplayed()).as("no link for a rep").isFalse();
        browser.get(base() + "/effectiveness.html");
        wait.until(d -> d.findElement(By.id("report-status")).getText()
                .equals("This page is for sales-ops, managers and admins."));

        browser.manage().deleteAllCookies();
        browser.get(base() + "/");
        signIn(TestUsers.SALES_OPS, TestUsers.PASSWORD);
        wait.until(d -> d.findElement(By.id("user-name")).getText().equals(TestUsers.SALES_OPS));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("effectiveness-link"))).click();
        wait.until(d -> shownRules().size() == rules.size());
        assertThat(browser.findElement(By.cssSelector(".caveat")).getText()).contains("correlation, not proof");
        assertThat(column("answers")).as("most answers first").isSortedAccordingTo((a, b) -> b - a);

        sortBy("rule");
        assertThat(shownRules()).as("by rule, A to Z").isEqualTo(rules);
        sortBy("rule");
        List<String> backwards = new ArrayList<>(rules);
        Collections.reverse(backwards);
        assertThat(shownRules()).as("by rule, Z to A").isEqualTo(backwards);

        String followedRule = history.ruleOf(GeneratedHistory.FOLLOWED_CODE);
        JsonNode followed = find(report, followedRule).get("followed");
        assertThat(followed.get("winRate").isNull()).as("a rate from 3 closed deals: " + followed).isFalse();
        sortBy("followedRate");
        assertThat(shownRules().get(0)).as("the only rule reps followed has the best followed rate")
                .isEqualTo(followedRule);
        WebElement row = browser.findElement(By.cssSelector("tr[data-rule='" + followedRule + "']"));
        assertThat(row.findElement(By.cssSelector("td[data-column='followedRate']")).getText())
                .isEqualTo(Math.round(followed.get("winRate").asDouble() * 100) + " %");
        assertThat(Double.parseDouble(row.findElement(By.cssSelector("svg.win-rates rect.bar.followed"))
                .getDomAttribute("width"))).isEqualTo(followed.get("winRate").asDouble() * 100);
        assertThat(browser.findElements(By.cssSelector("svg.win-rates"))).as("a chart per rule").hasSize(rules.size());
        String neverFollowed = rules.stream().filter(r -> find(report, r).get("followed").get("closed").asInt() == 0)
                .findFirst().orElseThrow();
        WebElement unrated = browser.findElement(By.cssSelector("tr[data-rule='" + neverFollowed + "']"));
        assertThat(unrated.findElements(By.cssSelector("rect.bar.empty[data-group='followed']"))).hasSize(1);
        assertThat(unrated.findElement(By.cssSelector("td[data-column='followedRate']")).getText())
                .isEqualTo("too few closed deals (0 of 3)");
        screenshot("rule-effectiveness", By.tagName("main"));

        new Select(browser.findElement(By.id("lang"))).selectByValue("zh");
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("规则效果"));
        assertThat(shownRules()).as("still sorted the same").startsWith(followedRule);
    }

    private List<String> shownRules() {
        return browser.findElements(By.cssSelector("#rules-table tbody tr")).stream()
                .map(r -> r.getDomAttribute("data-rule")).toList();
    }

    private List<Integer> column(String id) {
        return browser.findElements(By.cssSelector("#rules-table tbody td[data-column='" + id + "']")).stream()
                .map(c -> Integer.parseInt(c.getText())).toList();
    }

    private void sortBy(String id) {
        browser.findElement(By.cssSelector("#rules-table th[data-column='" + id + "'] button")).click();
    }

    private static JsonNode find(JsonNode report, String rule) {
        for (JsonNode r : report.get("rules")) {
            if (r.get("rule").asString().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError(rule + " not in the report");
    }
}
