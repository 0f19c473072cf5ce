package com.commitment.advisor.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.advice.AdviceJson;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The rep's form in a real headless Chromium against the running service: load the recruiting example, get
 * the stall diagnosis, switch to Chinese, and see an invalid influence flagged at its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepPageBrowserTest extends BrowserTest {

    @Test
    void theRecruitingExampleShowsTheLoneDecisionPersonAndBothBlockers() throws Exception {
        browser.findElement(By.id("load-example")).click();
        wait.until(d -> !d.findElement(By.cssSelector("[data-path='/deal/id']")).getDomProperty("value").isEmpty());
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#recommendations li")));

        assertThat(codes()).contains("DEAL_STALLED", "DP_ALONE", "ROLE_BLOCKER");
        List<String> blockers = browser.findElements(By.cssSelector("[data-code='ROLE_BLOCKER'] .subject"))
                .stream().map(WebElement::getText).toList();
        assertThat(blockers).containsExactly("Chen (UP)", "Fang (PP)");
        assertThat(browser.findElements(By.cssSelector("#role-map svg .person"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#role-map svg .blocker"))).hasSize(2);
        screenshot("recruiting-en", By.id("results"));

        new Select(browser.findElement(By.id("lang"))).selectByValue("zh");
        wait.until(d -> d.findElement(By.cssSelector("[data-code='DP_ALONE'] .message")).getText().contains("支持我们"));
        assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("获取建议");
        assertThat(codes()).contains("DEAL_STALLED", "DP_ALONE", "ROLE_BLOCKER");
        screenshot("recruiting-zh", By.id("results"));
    }

    @Test
    void anInvalidInfluenceIsShownAtItsField() throws Exception {
        browser.findElement(By.id("load-example")).click();
        WebElement influence = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-path='/people/2/influence']")));
        influence.clear();
        influence.sendKeys("7");
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(summary.getText()).contains("/people/2/influence");
        assertThat(influence.getDomAttribute("aria-invalid")).isEqualTo("true");
        WebElement message = browser.findElement(By.id(influence.getDomAttribute("aria-describedby")));
        assertThat(message.getText()).contains("2");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        screenshot("invalid-influence", By.id("deal-form"));
    }

    @Test
    void theExampleIsTheRecruitingFixture() {
        JsonNode example = AdviceJson.mapper().readTree(new File("src/main/resources/static/examples/recruiting.json"));
        JsonNode fixture = AdviceJson.mapper().readTree(new File("fixtures/roles/recruiting-stalled.en.json"));
        assertThat(example).isEqualTo(fixture.get("request"));
    }
}
