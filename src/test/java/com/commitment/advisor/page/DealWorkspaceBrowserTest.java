package com.commitment.advisor.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.profile.Api;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The rep's workspace in a real headless Chromium on a fresh database: open a stored deal from the list, get
 * advice, dismiss a recommendation with a reason and see it hidden; drag a person on the role map and see the
 * preview of what would change; a deal someone else changed is not overwritten; a saved debrief joins the
 * deal's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DealWorkspaceBrowserTest extends BrowserTest {

    private static final String DEAL = """
            {"deal": {"id": "%s", "customer": "%s", "stage": "EVALUATION", "asOf": "2026-09-20"},
             "people": [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1,
                         "reason": "suggests looking at more vendors"},
                        {"id": "fang", "name": "Fang", "role": "PP", "influence": 1, "support": 1}]}
            """;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "workspace-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("advisor.data-dir", dir::toString);
    }

    @Test
    void aDismissedRecommendationIsHiddenWhenAdviceIsAskedAgain() throws Exception {
        store("W-1", "Acme Logistics");
        browser.navigate().refresh();
        open("W-1");
        assertThat(browser.findElements(By.cssSelector("#people .row"))).hasSize(2);
        type("/plan/commitments/0/by", "we");
        type("/plan/commitments/0/action", "send the minutes tonight");
        browser.findElement(By.id("submit")).click();
        WebElement sellerAction = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#recommendations [data-code='COMMITMENT_SELLER_ACTION']")));

        sellerAction.findElement(By.cssSelector(".dismiss")).click();
        new Select(sellerAction.findElement(By.cssSelector(".reason"))).selectByValue("WRONG");
        sellerAction.findElement(By.cssSelector(".comment")).sendKeys("we means the customer's team here");
        sellerAction.findElement(By.cssSelector(".confirm-dismiss")).click();

        wait.until(d -> !codes().contains("COMMITMENT_SELLER_ACTION") && !codes().isEmpty());
        WebElement hidden = browser.findElement(By.id("hidden-advice"));
        assertThat(hidden.isDisplayed()).isTrue();
        assertThat(hidden.getText()).contains("(1)");
        hidden.click();
        assertThat(browser.findElement(By.cssSelector("#hidden-list [data-code='COMMITMENT_SELLER_ACTION']")).getText())
                .contains("dismissed");
        screenshot("workspace-dismissed", By.tagName("main"));

        JsonNode wrong = api().get("/api/v1/feedback?status=DISMISSED&reason=WRONG").body();
        assertThat(wrong.get("items").get(0).get("comment").asString()).isEqualTo("we means the customer's team here");
    }

    @Test
    void draggingABlockerOnTheRoleMapPreviewsTheChangeWithoutSavingIt() throws Exception {
        store("W-4", "Delta Parts");
        browser.navigate().refresh();
        open("W-4");
        browser.findElement(By.id("submit")).click();
        wait.until(d -> codes().contains("ROLE_BLOCKER"));
        WebElement chen = browser.findElement(By.cssSelector("#role-map [data-person='chen'] circle"));
        int cell = browser.findElement(By.cssSelector("#role-map .cell")).getRect().getWidth();

        new Actions(browser).dragAndDropBy(chen, 2 * cell, 0).perform();
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("what-if")));
        assertThat(preview.findElement(By.id("disappear")).getText()).contains("ROLE_BLOCKER · Chen (UP)");
        assertThat(field("/people/0/support").getDomProperty("value")).isEqualTo("1");
        assertThat(codes()).as("the advice shown is still that of the saved facts").contains("ROLE_BLOCKER");
        assertThat(api().get("/api/v1/deals/W-4").body().get("people").get(0).get("support").asInt()).isEqualTo(-1);
        screenshot("workspace-what-if", By.id("results"));

        preview.findElement(By.id("undo-what-if")).click();
        wait.until(d -> field("/people/0/support").getDomProperty("value").equals("-1"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("what-if")));

        type("/people/0/support", "2");
        browser.findElement(By.id("preview-changes")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("what-if")));
        assertThat(browser.findElement(By.id("disappear")).getText()).as("the same by keyboard").contains("ROLE_BLOCKER");
    }

    @Test
    void aDealSomeoneChangedIsNotOverwrittenButReloaded() throws Exception {
        store("W-2", "Beta Foods");
        browser.navigate().refresh();
        open("W-2");
        String changedElsewhere = DEAL.formatted("W-2", "Beta Foods Group").replace("{\"deal\"", "{\"version\": 1, \"deal\"");
        assertThat(api().put("/api/v1/deals/W-2", changedElsewhere).status()).isEqualTo(200);

        type("/deal/customer", "Beta Foods Ltd");
        browser.findElement(By.id("save-deal")).click();
        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(conflict.getText()).contains("Someone changed this deal");
        screenshot("workspace-conflict", By.id("deal-form"));

        browser.findElement(By.id("reload-deal")).click();
        wait.until(d -> field("/deal/customer").getDomProperty("value").equals("Beta Foods Group"));
        assertThat(browser.findElement(By.id("deal-status")).getText()).contains("version 2");
        assertThat(api().get("/api/v1/deals/W-2").body().get("people").get(0).get("reason").asString())
                .as("fields the form does not show are kept").isEqualTo("suggests looking at more vendors");
    }

    @Test
    void aSavedDebriefJoinsTheHistory() throws Exception {
        store("W-3", "Gamma Labs");
        browser.navigate().refresh();
        open("W-3");
        type("/debrief/date", "09202026");
        browser.findElement(By.cssSelector("[data-add='agreed']")).click();
        type("/debrief/agreed/0/by", "fang");
        type("/debrief/agreed/0/action", "send us last month's sample log");
        browser.findElement(By.id("save-deal")).click();

        wait.until(d -> browser.findElement(By.id("deal-status")).getText().contains("version 2"));
        JsonNode history = api().get("/api/v1/deals/W-3").body().get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("action").asString()).isEqualTo("send us last month's sample log");
        assertThat(history.get(0).get("result").asString()).isEqualTo("AGREED");
        assertThat(history.get(0).get("date").asString()).isEqualTo("2026-09-20");
        assertThat(browser.findElements(By.cssSelector("#agreed .row"))).as("the debrief is in the history now").isEmpty();
        assertThat(browser.findElement(By.cssSelector("#deal-list [data-deal='W-3']")).getText()).contains("Gamma Labs");
    }

    private void store(String id, String customer) throws Exception {
        assertThat(api().put("/api/v1/deals/" + id, DEAL.formatted(id, customer)).status()).isEqualTo(201);
    }

    private void open(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#deal-list [data-deal='" + id + "'] button")))
                .click();
        wait.until(d -> field("/deal/id").getDomProperty("value").equals(id));
    }

    private WebElement field(String path) {
        return browser.findElement(By.cssSelector("[data-path='" + path + "']"));
    }

    private void type(String path, String text) {
        WebElement field = field(path);
        field.clear();
        field.sendKeys(text);
    }

    private Api api() {
        return new Api(port);
    }
}
