package com.commitment.advisor.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.facts.Mood;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clauses read with the real lexicons of rules/: where they split, what they say and who acts in them. */
class TextAnalyzerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static TextAnalyzer text;

    @BeforeAll
    static void load() {
        text = RuleSetLoader.load(Path.of("rules")).text();
    }

    @Test
    void aSentenceSplitsAtCommasAndAtWordsThatOpenAClause() {
        assertThat(texts("Finance has released the purchase order, so consider it bought."))
                .containsExactly("Finance has released the purchase order", "so consider it bought");
        assertThat(texts("We presented the proposal and they will run a trial next week"))
                .containsExactly("We presented the proposal", "and they will run a trial next week");
        assertThat(texts("下周三我把设备、工艺两个组的人都叫上，跟你们做一次技术交流。")).hasSize(2);
    }

    @Test
    void aFullStopAfterATitleEndsNoSentence() {
        assertThat(texts("Ms. Alvarez will meet you next Tuesday.")).containsExactly("Ms. Alvarez will meet you next Tuesday");
        assertThat(texts("We met Dr. Lee. He wants a trial.")).containsExactly("We met Dr. Lee", "He wants a trial");
        assertThat(texts("It will be sent by Dec. 4th. Thanks.")).containsExactly("It will be sent by Dec. 4th", "Thanks");
        assertThat(text.read("It will be sent by Dec. 4th.", MONDAY).get(0).date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(texts("That is a no. Stop calling.")).containsExactly("That is a no", "Stop calling");
    }

    @Test
    void aPieceThatSaysNothingOfItsOwnIsReadWithTheNext() {
        List<Reading> readings = text.read("Next Tuesday, our CTO will join the demo.", MONDAY);
        assertThat(readings).hasSize(1);
        assertThat(readings.get(0).date()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void negationIsReadInBothLanguages() {
        assertThat(text.read("We haven't signed yet", MONDAY).get(0).negated()).isTrue();
        assertThat(text.read("我们还没下单", MONDAY).get(0).negated()).isTrue();
        assertThat(text.read("We signed today", MONDAY).get(0).negated()).isFalse();
        assertThat(text.read("We'll send you the no-show figures by Friday", MONDAY).get(0).negated()).isFalse();
        assertThat(text.read("我不确定医生们会不会用", MONDAY).get(0).negated()).isTrue();
        assertThat(text.read("医生们会不会用", MONDAY).get(0).negated()).isFalse();
        assertThat(text.read("看看合不合用", MONDAY).get(0).negated()).isFalse();
    }

    @Test
    void anIfMakesItsWholeSentenceHypothetical() {
        assertThat(text.read("If the budget comes through, we could run a pilot in January", MONDAY))
                .extracting(Reading::mood).containsOnly(Mood.HYPOTHETICAL);
        assertThat(text.read("如果领导同意的话，下周可以安排演示", MONDAY))
                .extracting(Reading::mood).containsOnly(Mood.HYPOTHETICAL);
        assertThat(text.read("We will run the pilot on Monday", MONDAY).get(0).mood()).isEqualTo(Mood.WILL);
        assertThat(text.read("Can you do a demo on Friday?", MONDAY).get(0).mood()).isEqualTo(Mood.ASKED);
    }

    @Test
    void whoActsIsTheFirstPersonNamedThatIsNotAnObject() {
        assertThat(text.read("订单我们下了", MONDAY).get(0).speaker()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("Our head of IT will run your sandbox", MONDAY).get(0).speaker()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("walk our engineer through the control room", MONDAY).get(0).speaker()).isNull();
        assertThat(text.read("把上个月夜班工单导出来发给我们", MONDAY).get(0).speaker()).isNull();
        assertThat(text.read("someone from IT will send the logs", MONDAY).get(0).speaker()).isEqualTo(Speaker.NOBODY);
        Reading glued = text.read("2号之前我会把问卷填好交回来", MONDAY).get(0);
        assertThat(glued.speaker()).isEqualTo(Speaker.FIRST);
        assertThat(glued.mood()).isEqualTo(Mood.WILL);
        assertThat(text.read("有关同事", MONDAY).get(0).speaker()).isEqualTo(Speaker.NOBODY);
        assertThat(text.read("have our engineer visit his line", MONDAY).get(0).speaker()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("安排我们的服务工程师去他的产线", MONDAY).get(0).speaker()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("have our quote read by his team", MONDAY).get(0).speaker()).isNotEqualTo(Speaker.FIRST);
        assertThat(text.read("get our engineer to install the trial by Friday", MONDAY).get(0).speaker())
                .isEqualTo(Speaker.FIRST);
        assertThat(text.read("schedule our installation crew for the pilot sites", MONDAY).get(0).speaker())
                .isEqualTo(Speaker.FIRST);
    }

    @Test
    void whomTheActionIsDoneForIsNamedAfterToOrByAnObjectPronoun() {
        assertThat(text.read("give him a live demo", MONDAY).get(0).receiver()).isEqualTo(Speaker.THIRD);
        assertThat(text.read("给他演示一下排班看板", MONDAY).get(0).receiver()).isEqualTo(Speaker.THIRD);
        assertThat(text.read("send the log to us", MONDAY).get(0).receiver()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("他把日志发给我们", MONDAY).get(0).receiver()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("他把日志发给我们", MONDAY).get(0).speaker()).isEqualTo(Speaker.THIRD);
        assertThat(text.read("run the trial on line two", MONDAY).get(0).receiver()).isNull();
        assertThat(text.read("pull the scrap rates for his line", MONDAY).get(0).receiver()).isNull();
        assertThat(text.read("把我们介绍给他的厂长", MONDAY).get(0).receiver()).isNull();
        assertThat(text.read("attend the demo with two of her ward managers", MONDAY).get(0).receiver()).isNull();
        assertThat(text.read("go through the figures with her team", MONDAY).get(0).receiver()).isNull();
        assertThat(text.read("give her a demo of the roster module", MONDAY).get(0).receiver()).isEqualTo(Speaker.THIRD);
        Reading toName = text.read("把案例资料寄给王工", MONDAY).get(0);
        assertThat(toName.receiving()).contains(toName.text().indexOf("王工"));
    }

    @Test
    void aMaybeMakesOnlyItsOwnClauseHypotheticalAnIfItsWholeSentence() {
        assertThat(text.read("Didn't think we'd get here this fast, but the order has been placed.", MONDAY))
                .extracting(Reading::mood).containsExactly(Mood.HYPOTHETICAL, Mood.DONE);
        assertThat(text.read("If the budget comes through, we run the pilot in January.", MONDAY))
                .extracting(Reading::mood).containsOnly(Mood.HYPOTHETICAL);
    }

    @Test
    void aNegationNearAnIdeaDeniesItUnlessItsRowSaysItOrAnotherCancelsIt() {
        assertThat(denied("It's not rejected.")).containsExactly("outcome-phrases:no-sale");
        assertThat(denied("The project hasn't been cancelled.")).containsExactly("outcome-phrases:no-sale");
        assertThat(denied("项目没取消。")).containsExactly("outcome-phrases:no-sale");
        assertThat(denied("We won't buy it.")).doesNotContain("outcome-phrases:no-sale");
        assertThat(denied("我们没说不买。")).contains("outcome-phrases:no-sale").doesNotContain("outcome-phrases:wanted");
        assertThat(denied("The rollout was scrapped after the merger, there's no project any more.")).isEmpty();
    }

    /** The ideas the negations of a text deny, as list:tag. */
    private static List<String> denied(String words) {
        return text.read(words, MONDAY).stream().flatMap(reading -> reading.denied().stream())
                .map(hit -> hit.list() + ":" + hit.tag()).distinct().toList();
    }

    @Test
    void aColonEndsAClauseSoANegationBeforeItStaysThere() {
        List<Reading> readings = text.read("Don't wait for the email: purchase order 4471 went out at 10:30.", MONDAY);
        assertThat(readings).extracting(Reading::negated).containsExactly(true, false);
    }

    /** A comma between two digits is part of a number; one before a day of the month still ends a clause. */
    @Test
    void aCommaBeforeADateEndsAClauseOneInsideANumberDoesNot() {
        List<Reading> readings = text.read("今天定不了，10号我在办公会上汇报你们的方案。", MONDAY);
        assertThat(readings).extracting(Reading::negated).containsExactly(true, false);
        assertThat(readings.get(1).date()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(text.read("We can pay 4,500 euros a month.", MONDAY)).hasSize(1);
    }

    /** "发给吴主任": the person named after a title, or before one, receives and does not act; a titled person who opens acts. */
    @Test
    void aTitledNameIsAPersonWhoActsOrReceives() {
        Reading sent = text.read("12月4日前把最新报价发给吴主任", MONDAY).get(0);
        assertThat(sent.receiver()).isEqualTo(Speaker.THIRD);
        assertThat(sent.speaker()).isNull();
        assertThat(text.read("bring our migration plan to Dr Varga", MONDAY).get(0).receiver()).isEqualTo(Speaker.THIRD);
        assertThat(text.read("Dr Varga to confirm the pilot sites by Friday", MONDAY).get(0).speaker())
                .isEqualTo(Speaker.THIRD);
        assertThat(text.read("Dr Varga to have his dentists test it", MONDAY).get(0).receiver()).isNull();
        assertThat(text.read("get buy-in from Dr Moreau", MONDAY).get(0).speaker()).isNull();
        assertThat(text.read("周四陪我们跟车跑一趟早班线路", MONDAY).get(0).speaker()).isNull();
    }

    /**
     * Where a person named would act: first in the clause after a date ("9月22日前赵工发"), right after a word asking
     * someone to act ("ask Dr Lee to", "资料表请赵工填完"), after "from" (the one who gives); not after another verb
     * ("take Dr Lee to lunch", "快递给赵工").
     */
    @Test
    void aPersonActsFirstOrAfterAWordAskingThemTo() {
        assertThat(actsAt("By Tuesday, ask Dr Lee to send the log", "Dr Lee")).isTrue();
        assertThat(actsAt("Dr Lee to send the log by Friday", "Dr Lee")).isTrue();
        assertThat(actsAt("get buy-in from Dr Lee", "Dr Lee")).isTrue();
        assertThat(actsAt("9月22日前赵工把日志发给我们", "赵工")).isTrue();
        assertThat(actsAt("试用班组的名单请赵工周四前定下来", "赵工")).isTrue();
        assertThat(actsAt("12月11日之前，让赵工导出记录", "赵工")).isTrue();
        assertThat(actsAt("take Dr Lee to lunch on Tuesday", "Dr Lee")).isFalse();
        assertThat(actsAt("9月22日前把试用账号快递给赵工", "赵工")).isFalse();
        assertThat(actsAt("本周五约赵工吃饭", "赵工")).isFalse();
    }

    private boolean actsAt(String words, String person) {
        return text.read(words, MONDAY).stream().anyMatch(r -> r.acting().contains(words.indexOf(person)));
    }

    /** A clause word said twice in a clause is read where each stands: the second "和" is as much "with" as the first. */
    @Test
    void aClauseWordIsReadAtEveryPlaceItStands() {
        assertThat(text.read("12月21日和我们一起复盘", MONDAY).get(0).speaker()).isNull();
        assertThat(text.read("试点电子价签和改价服务，12月21日和我们一起复盘", MONDAY).get(0).speaker()).isNull();
    }

    @Test
    void youOnlyReceivingMeansTheSpeakerActs() {
        assertThat(text.read("you'll have our downtime data by Friday", MONDAY).get(0).speaker()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("你们周五就能收到数据", MONDAY).get(0).speaker()).isEqualTo(Speaker.FIRST);
        assertThat(text.read("you'll run the demo on Friday", MONDAY).get(0).speaker()).isEqualTo(Speaker.SECOND);
    }

    @Test
    void aClauseWithoutADateTakesTheOneDateOfItsSentence() {
        List<Reading> readings = text.read("We accept the phase-one budget, and finance books it on Friday.", MONDAY);
        assertThat(readings).extracting(Reading::date).containsOnly(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aClauseThatPointsBackTakesTheLastDateNamedBeforeIt() {
        assertThat(text.read("We met on the 3rd. That's when our team will run the pilot.", MONDAY).get(1).date())
                .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(text.read("下周三吧。那天我把设备部的人叫来。", MONDAY).get(1).date()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void aSentenceThatOnlyNamesADayDatesTheNextOne() {
        assertThat(text.read("We're free on the 15th. The team will come and see the site.", MONDAY).get(1).date())
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(text.read("We signed on the 15th. The team will come and see the site.", MONDAY).get(1).date())
                .isNull();
    }

    @Test
    void aSentenceOfADayThatSuitsDatesTheSentenceBeforeIt() {
        assertThat(text.read("Dave will sit in on your demo. Thursday the 3rd suits us both.", MONDAY).get(0).date())
                .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(text.read("我把老李叫上。下周三行。", MONDAY).get(0).date()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(text.read("Friendly meeting. We will deliver the model on December 3.", MONDAY).get(0).date())
                .isNull();
        assertThat(text.read("Dave will sit in on your demo. We signed on the 3rd.", MONDAY).get(0).date()).isNull();
    }

    @Test
    void anInfinitiveOpeningASentenceSaysWhatTheRestIsFor() {
        assertThat(text.read("To convince the board we need our own data", MONDAY)).extracting(Reading::mood)
                .containsExactly(Mood.PURPOSE, Mood.PLAIN);
        assertThat(text.read("To show the savings, send us the October log", MONDAY)).extracting(Reading::mood)
                .containsExactly(Mood.PURPOSE, Mood.PLAIN);
        assertThat(text.read("To be honest, we signed with Halvorsen", MONDAY)).extracting(Reading::mood)
                .doesNotContain(Mood.PURPOSE);
        assertThat(text.read("to review the draft by Friday", MONDAY)).extracting(Reading::mood).doesNotContain(Mood.PURPOSE);
        assertThat(text.read("To Wang, we sent the quote", MONDAY)).extracting(Reading::mood).doesNotContain(Mood.PURPOSE);
    }

    @Test
    void aPurposeSaysWhatAnActionIsForAndIsNeverFirm() {
        List<Reading> readings = text.read("send us the October log so we can show him the alarms", MONDAY);
        assertThat(readings).extracting(Reading::mood).containsExactly(Mood.PLAIN, Mood.PURPOSE);
        assertThat(text.read("把报警记录发给我们以便我们算出节省", MONDAY)).extracting(Reading::mood)
                .containsExactly(Mood.PLAIN, Mood.PURPOSE);
        assertThat(text.read("Send the invoice, so we signed it today", MONDAY)).extracting(Reading::mood)
                .doesNotContain(Mood.PURPOSE);
    }

    @Test
    void whatWasSaidOpensAtThePersonWhoActsInIt() {
        assertThat(texts("The customer told us they have signed with Halvorsen"))
                .containsExactly("The customer told us", "they have signed with Halvorsen");
        assertThat(texts("张总说他们下周三来参观")).containsExactly("张总说", "他们下周三来参观");
        assertThat(texts("打听一下竞争对手的报价告诉我们")).hasSize(1);
    }

    @Test
    void aTextOfOnlyMarksOrMixedScriptsIsReadWithoutFailing() {
        assertThat(text.read("!?!?。，,;；".repeat(1000), MONDAY)).isEmpty();
        assertThat(text.read("签aé😀合同".repeat(1500), MONDAY)).isNotEmpty();
        assertThat(text.read("《签合同".repeat(2500), MONDAY)).isNotEmpty();
    }

    @Test
    void aTitleIsOneNameAndItsWordsAreNotRead() {
        List<Reading> clauses = text.read("48小时之内读完《被讨厌的勇气》", MONDAY);
        assertThat(clauses.get(0).words()).contains("被讨厌的勇气").doesNotContain("被");
    }

    private static List<String> texts(String words) {
        return text.read(words, MONDAY).stream().map(Reading::text).toList();
    }
}
