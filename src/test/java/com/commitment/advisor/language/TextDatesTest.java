package com.commitment.advisor.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in a rep's words, counted from Sunday 2026-09-20: weeks start on Monday, so "next week" starts the day after. */
class TextDatesTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 9, 20);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            send us the list by Friday                    | 2026-09-25
            a demo next Thursday 3pm                      | 2026-09-24
            within 48 hours                               | 2026-09-22
            in 3 days                                     | 2026-09-23
            before the end of the month                   | 2026-09-30
            on 2026-09-29                                 | 2026-09-29
            tomorrow morning                              | 2026-09-21
            by October 5                                  | 2026-10-05
            next week                                     | 2026-09-25
            go live before March                          | 2027-03-01
            下周四                                         | 2026-09-24
            48小时内                                       | 2026-09-22
            四十八小时之内                                  | 2026-09-22
            月底前                                         | 2026-09-30
            本周五下午三点                                  | 2026-09-25
            明天上午                                       | 2026-09-21
            9月29日参加参观                                 | 2026-09-29
            三天内给反馈                                    | 2026-09-23
            by Friday                                     | 2026-09-25
            end of the month                              | 2026-09-30
            next Tuesday                                  | 2026-09-22
            下周一开始试运行                                | 2026-09-21
            本周五晚上一起吃个饭                            | 2026-09-25
            30号前把流程图发给我们                          | 2026-09-30
            pilot starting 14.12.2026                     | 2026-12-14
            sent no later than Dec. 4th                   | 2026-12-04
            I'll send them before the weekend             | 2026-09-25
            5号之前给反馈                                   | 2026-10-05
            3日内回复                                      | 2026-09-23
            send it by the 30th                           | 2026-09-30
            on the 2nd                                    | 2026-10-02
            the day after tomorrow                        | 2026-09-22
            后天上午                                       | 2026-09-22
            today                                         | 2026-09-20
            今晚给答复                                     | 2026-09-20
            2026年10月8日启动                              | 2026-10-08
            10月底之前                                     | 2026-10-31
            end of next month                             | 2026-10-31
            下个月再说                                     | 2026-10-31
            sometime this week                            | 2026-09-25
            年底前上线                                     | 2026-12-31
            by the end of the year                        | 2026-12-31
            the 3rd of October                            | 2026-10-03
            at month-end                                  | 2026-09-30
            within 2 weeks                                | 2026-10-04
            两周内                                         | 2026-10-04
            星期三                                         | 2026-09-23
            Thursday the 1st works                        | 2026-10-01
            let's say Friday, the 25th                    | 2026-09-25
            明年一月启动                                    | 2027-01-01
            今年十二月上线                                  | 2026-12-01
            start next January                            | 2027-01-01
            the week after next                           | 2026-10-02
            下下周三                                        | 2026-09-30
            下下周                                          | 2026-10-02
            the pilot starts on 10/14                     | 2026-10-14
            notes back by 9/10, said on 20 September      | 2026-10-09
            on 11/10, either way round: the sooner        | 2026-10-11
            10.9那天我们去参观                               | 2026-10-09
            12.7上线，先在两个病区跑                          | 2026-12-07
            我们10.12开始试点                                | 2026-10-12
            本月25号的培训室我订好了                          | 2026-09-25
            下个月5号开始试点                                | 2026-10-05
            元旦前上线                                      | 2027-01-01
            2026/10/02 我拉上采购经理                         | 2026-10-02
            comments by 04/10/2026                        | 2026-10-04
            comments by 10/14/2026                        | 2026-10-14
            a trial starting 7.10.                        | 2026-10-07
            meet on 11.10                                 | 2026-10-11
            I'll email you before the week is out         | 2026-09-25
            before Christmas                              | 2026-12-25
            """)
    void findsTheDate(String text, LocalDate expected) {
        assertThat(TextDates.find(text, SUNDAY)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "some time", "let's catch up soon", "some time next quarter maybe", "in a couple of days",
        "when you have time", "改天再聊", "过两天咱们再碰一碰", "有空的时候", "", "I'll get back to you",
        "we need 24/7 support", "half of it, 1/2 of the budget", "uptime went up 2.5 points", "version 31.02.2026 of the spec",
        "up from 2.5 percent", "rose on 1.5 points", "预算3.5亿", "升级到2.0版", "打8.5折", "合同额1.2万元", "准确率达到9.5成"})
    void vagueTimeIsNoDate(String text) {
        assertThat(TextDates.find(text, SUNDAY)).isEmpty();
    }
}
