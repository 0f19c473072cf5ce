// The rule effectiveness page's own labels, added to those of the reps' page (i18n.js).
Object.assign(LABELS.en, {
  effectivenessTitle: 'Rule effectiveness', repsPage: "Reps' page", from: 'From', to: 'To', show: 'Show',
  caveat: 'Followed vs ignored is a correlation, not proof: reps follow advice more on healthier deals, so a higher '
    + 'win rate when followed does not show that the advice made the difference.',
  howCounted: 'For each rule: the answers that gave its advice in the period, what reps did with it (the latest '
    + 'feedback on each recommendation), and how the deals it spoke on ended. Followed: a rep marked it done on the '
    + 'deal; ignored: no feedback, dismissed or snoozed.',
  managerScope: "You see your reps' answers and deals only.",
  colRule: 'Rule', colAnswers: 'Answers', colDeals: 'Deals', colDone: 'Done', colDismissed: 'Dismissed',
  colWrong: 'of which wrong', colSnoozed: 'Snoozed', colNoFeedback: 'No feedback',
  colFollowed: 'Followed: won / lost', colFollowedRate: 'Win rate followed',
  colIgnored: 'Ignored: won / lost', colIgnoredRate: 'Win rate ignored', colChart: 'Followed vs ignored',
  tooFew: 'too few closed deals', ofNeeded: 'of', closed: 'closed', followed: 'followed', ignored: 'ignored',
  saidWrong: 'Said wrong', loading: 'Loading…', noRules: 'No rule gave advice in this period.',
  notYours: 'This page is for sales-ops and managers.', failed: 'The report did not load',
  impactTitle: 'The last rule change',
  impactRunning: "Measuring what the rule change of {at} altered in the last {days} days' answers…",
  impactFailed: "What the rule change of {at} altered in the last {days} days' answers could not be measured",
  impactNoAnswers: 'The rule change of {at}: no answers were logged in the last {days} days to measure it on.',
  impactDone: "This change altered {share} of the last {days} days' answers ({changed} of {replayed}, on {deals} deals)",
  impactColon: ': ', impactNext: '; ', impactAnd: ', ', impactEnd: '.',
  impactAppeared: 'appeared {n} times', impactAppearedOne: 'appeared once',
  impactDisappeared: 'disappeared {n} times', impactDisappearedOne: 'disappeared once',
  impactChanged: 'changed {n} times', impactChangedOne: 'changed once'
});
Object.assign(LABELS.zh, {
  effectivenessTitle: '规则效果', repsPage: '销售页面', from: '从', to: '到', show: '查看',
  caveat: '采纳与未采纳的对比只是相关，不是证明：销售在更健康的项目上更愿意采纳建议，所以采纳后赢单率更高，并不说明是建议起了作用。',
  howCounted: '每条规则：期间内给出它的建议的回答、销售如何处理（每条建议最近一次反馈）、以及这些项目的结局。'
    + '采纳：销售在该项目上标记为已完成；未采纳：没有反馈、忽略或稍后提醒。',
  managerScope: '你只看到你的销售的回答和项目。',
  colRule: '规则', colAnswers: '回答', colDeals: '项目', colDone: '已完成', colDismissed: '忽略',
  colWrong: '其中判断有误', colSnoozed: '稍后提醒', colNoFeedback: '没有反馈',
  colFollowed: '采纳：赢 / 输', colFollowedRate: '采纳的赢单率', colIgnored: '未采纳：赢 / 输',
  colIgnoredRate: '未采纳的赢单率', colChart: '采纳与未采纳',
  tooFew: '已结束的项目太少', ofNeeded: '/', closed: '已结束', followed: '采纳', ignored: '未采纳',
  saidWrong: '销售说判断有误', loading: '载入中…', noRules: '这段时间没有规则给出建议。',
  notYours: '这个页面供销售运营和经理使用。', failed: '报告没有载入',
  impactTitle: '最近一次规则修改',
  impactRunning: '正在计算{at}的规则修改对最近{days}天回答的影响…',
  impactFailed: '无法计算{at}的规则修改对最近{days}天回答的影响',
  impactNoAnswers: '{at}的规则修改：最近{days}天没有记录回答，无法计算影响。',
  impactDone: '这次修改改变了最近{days}天回答的{share}（{replayed}个回答中的{changed}个，涉及{deals}个项目）',
  impactColon: '：', impactNext: '；', impactAnd: '，', impactEnd: '。',
  impactAppeared: '新出现{n}次', impactAppearedOne: '新出现1次',
  impactDisappeared: '消失{n}次', impactDisappearedOne: '消失1次',
  impactChanged: '变化{n}次', impactChangedOne: '变化1次'
});
