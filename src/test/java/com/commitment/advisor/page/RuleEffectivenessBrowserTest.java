package com.commitment.advisor.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.effectiveness.GeneratedHistory;
import com.commitment.advisor.impact.Impacts;
import com.commitment.advisor.profile.Api;
import com.commitment.advisor.ruleset.RulesCopy;
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
 * turned away; sales-ops follow the link, sort the table by its columns and read a bar chart per rule, then change
 * a rule in the server's own copy of the rules and read what the reload changed in the answers of the last 30 days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.effectiveness.min-deals=3", "advisor.watch-rules=false"})
class RuleEffectivenessBrowserTest extends BrowserTest {

    private static final Path DIR = Path.of("target", "effectiveness-page-" + UUID.randomUUID()).toAbsolutePath();
    private static final RulesCopy RULES = RulesCopy.of(Path.of("rules"), DIR.resolve("rules"));

    @DynamicPropertySource
    static void freshDataDirectoryAndRules(DynamicPropertyRegistry registry) {
        registry.add("advisor.data-dir", () -> DIR.resolve("data").toString());
        registry.add("advisor.rules-dir", () -> RULES.dir().toString());
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
                .equals("This page is for sales-ops and managers."));

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
        assertThat(browser.findElement(By.id("reload-impact")).isDisplayed()).as("no reload yet").isFalse();

        RULES.replace("commitment/customer-action.drl", "Finding.high(\"COMMITMENT_SELLER_ACTION\")",
                "Finding.medium(\"COMMITMENT_SELLER_ACTION\")");
        Api ops = new Api(port).as(TestUsers.SALES_OPS);
        assertThat(ops.post("/api/v1/rules/reload", "").status()).isEqualTo(200);
        JsonNode impact = Impacts.awaitDone(ops);
        assertThat(impact.get("changedAnswers").asInt()).as("the severity changed where it was shown").isPositive();
        browser.navigate().refresh();
        long share = Math.round(impact.get("share").asDouble() * 100);
        wait.until(d -> d.findElement(By.id("reload-impact-sentence")).getText()
                .startsWith("这次修改改变了最近30天回答的" + share + " %"));
        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        wait.until(d -> d.findElement(By.id("reload-impact-sentence")).getText().equals(sentence(impact)));
        assertThat(browser.findElement(By.id("reload-impact-versions")).getText())
                .isEqualTo(impact.get("oldRuleset").asString() + " → " + impact.get("newRuleset").asString());
        screenshot("reload-impact", By.id("reload-impact"));
    }

    /** What the page says of a reload's impact in English: its share, then what each rule that changed did. */
    private static String sentence(JsonNode impact) {
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : impact.get("rules")) {
            List<String> kinds = new ArrayList<>();
            for (String kind : List.of("appeared", "disappeared", "changed")) {
                int n = rule.get(kind).asInt();
                if (n > 0) {
                    kinds.add(kind + (n == 1 ? " once" : " " + n + " times"));
                }
            }
            if (!kinds.isEmpty()) {
                rules.add(rule.get("rule").asString() + " " + String.join(", ", kinds));
            }
        }
        return "This change altered " + Math.round(impact.get("share").asDouble() * 100) + " % of the last 30 days' "
                + "answers (" + impact.get("changedAnswers").asInt() + " of " + impact.get("replayed").asInt()
                + ", on " + impact.get("dealsAffected").asInt() + " deals): " + String.join("; ", rules) + ".";
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
