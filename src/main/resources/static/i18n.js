// Page labels in English and Chinese; the advice itself comes localized from the API (Accept-Language).
const LABELS = {
  en: {
    title: 'Commitment advisor', language: 'Language', loadExample: 'Load an example (recruiting case)',
    pasteJson: 'Paste a JSON request', pasteHint: 'A request as sent to POST /api/v1/advice', loadJson: 'Fill the form',
    deal: 'Deal', dealId: 'Deal id', customer: 'Customer', stage: 'Procurement stage', owner: 'Project owner (person id)',
    decidedOn: 'Decided on', lastAdvanceOn: 'Last advance on', asOf: 'As of', targetCloseOn: 'Target close',
    budget: 'Budget', customerTimeline: "Customer's timeline", people: 'People', addPerson: 'Add a person',
    plan: 'Planned visit', visitDate: 'Visit date', keyPointsChecked: 'Key points checked',
    benefitsSummarised: 'Benefits summarised', yes: 'yes', no: 'no', debrief: 'Debrief of a visit', bestAsk: 'Best ask',
    report: 'Report', customerSaid: 'What the customer said (one per line)', addAgreed: 'Add an agreed action',
    history: 'History of asks', addHistory: 'Add an ask', submit: 'Get advice', advice: 'Advice',
    roleMap: 'Role map: influence and support', id: 'Id', name: 'Name', personTitle: 'Title', role: 'Role',
    influence: 'Influence (0..2)', support: 'Support (-2..2)', effort: 'Effort (visits, 30 days)', concept: 'Concept',
    personalWin: 'Personal win', remove: 'Remove', by: 'Who (person id)', action: 'Action', due: 'Due',
    check: 'How we check it', why: 'What is in it for them', date: 'Date', of: 'Asked of (person id)',
    result: 'Result', said: 'What they said', best: 'Best commitment', minimum: 'Minimum commitment',
    outcome: 'Outcome of the visit', nextStep: 'Next step', rule: 'Rule', principle: 'Principle', evidence: 'Evidence',
    why_: 'Why', noAdvice: 'Nothing to advise on these facts.', errorsTitle: 'The advisor could not read some fields:',
    failed: 'The advisor did not answer', unscored: 'Not scored yet', blocker: 'blocker',
    axisInfluence: 'influence', axisSupport: 'support', deal_: 'deal', visit: 'visit', rulesVersion: 'Rule set',
    ORDER: 'Order', ADVANCE: 'Advance', CONTINUATION: 'Continuation (a failed visit)', NO_SALE: 'No sale',
    HIGH: 'high', MEDIUM: 'medium', LOW: 'low',
    myDeals: 'My deals', search: 'Search (deal id or customer)', newDeal: 'New deal',
    daysWithoutAdvance: 'Days without an advance', highCount: 'HIGH recommendations',
    noDeals: 'No stored deals yet: fill in a deal below and save it.', saveDeal: 'Save the deal',
    conflict: 'Someone changed this deal since you opened it. Reload it to see their change (yours is lost).',
    reload: 'Reload the deal', stored: 'Stored deal', version: 'version', notStored: 'Not stored yet',
    saved: 'Saved', done: 'Done', dismiss: 'Dismiss', snooze: 'Snooze', reason: 'Reason', comment: 'Comment',
    until: 'Until', confirmDismiss: 'Dismiss it', confirmSnooze: 'Snooze it', NOT_RELEVANT: 'Not relevant',
    WRONG: 'Wrong', ALREADY_DONE: 'Already done', DISAGREE: 'I disagree', OTHER: 'Other',
    hidden: 'Hidden by your feedback', DONE: 'done', DISMISSED: 'dismissed', SNOOZED: 'snoozed',
    feedbackBack: 'Back: the facts behind it changed since your feedback',
    dragHint: 'Drag a person to another cell to preview what would change.', preview: 'Preview: not saved',
    wouldAppear: 'Would appear:', wouldGo: 'Would go away:', noChange: 'Nothing would change.',
    keepHint: 'The form holds the change: Get advice keeps it, Save the deal stores it.', undo: 'Undo the change',
    previewChanges: 'Preview the changes', signedInAs: 'Signed in as', signOut: 'Sign out',
    effectivenessLink: 'Rule effectiveness'
  },
  zh: {
    title: '行动承诺顾问', language: '语言', loadExample: '载入示例（招聘系统案例）',
    pasteJson: '粘贴 JSON 请求', pasteHint: '与 POST /api/v1/advice 相同的请求', loadJson: '填入表单',
    deal: '项目', dealId: '项目编号', customer: '客户', stage: '采购阶段', owner: '项目负责人（人员编号）',
    decidedOn: '决定日期', lastAdvanceOn: '最近一次晋级', asOf: '截至日期', targetCloseOn: '目标成交日',
    budget: '预算', customerTimeline: '客户的时间安排', people: '人员', addPerson: '添加人员',
    plan: '拜访计划', visitDate: '拜访日期', keyPointsChecked: '已检查关键点', benefitsSummarised: '已总结利益',
    yes: '是', no: '否', debrief: '拜访复盘', bestAsk: '最佳承诺结果', report: '拜访报告',
    customerSaid: '客户说的话（每行一句）', addAgreed: '添加约定的行动', history: '以往的承诺请求', addHistory: '添加一条',
    submit: '获取建议', advice: '建议', roleMap: '角色图：影响力与支持度', id: '编号', name: '姓名', personTitle: '职务',
    role: '角色', influence: '影响力（0..2）', support: '支持度（-2..2）', effort: '投入（30天内拜访次数）', concept: '概念',
    personalWin: '个人利益', remove: '删除', by: '由谁（人员编号）', action: '行动', due: '完成日期',
    check: '如何检查', why: '对他的好处', date: '日期', of: '请求对象（人员编号）', result: '结果', said: '对方的原话',
    best: '最佳行动承诺', minimum: '最低行动承诺', outcome: '拜访结果', nextStep: '下一步', rule: '规则',
    principle: '原则', evidence: '依据', why_: '原因', noAdvice: '根据这些信息，没有需要提醒的。',
    errorsTitle: '有些字段无法读取：', failed: '顾问没有返回结果', unscored: '尚未评估', blocker: '阻碍者',
    axisInfluence: '影响力', axisSupport: '支持度', deal_: '项目', visit: '拜访', rulesVersion: '规则版本',
    ORDER: '成交', ADVANCE: '进展晋级', CONTINUATION: '暂时中断（失败的拜访）', NO_SALE: '没有成交',
    HIGH: '高', MEDIUM: '中', LOW: '低',
    myDeals: '我的项目', search: '搜索（项目编号或客户）', newDeal: '新建项目',
    daysWithoutAdvance: '未晋级天数', highCount: '高优先级建议',
    noDeals: '还没有保存的项目：在下面填写一个项目并保存。', saveDeal: '保存项目',
    conflict: '在你打开之后，有人修改了这个项目。请重新载入查看对方的修改（你的修改将丢失）。',
    reload: '重新载入项目', stored: '已保存的项目', version: '版本', notStored: '尚未保存',
    saved: '已保存', done: '已完成', dismiss: '忽略', snooze: '稍后提醒', reason: '原因', comment: '说明',
    until: '直到', confirmDismiss: '确认忽略', confirmSnooze: '确认稍后提醒', NOT_RELEVANT: '不相关',
    WRONG: '判断有误', ALREADY_DONE: '已经做了', DISAGREE: '不同意', OTHER: '其他',
    hidden: '已按你的反馈隐藏', DONE: '已完成', DISMISSED: '已忽略', SNOOZED: '稍后提醒',
    feedbackBack: '重新出现：你反馈之后，相关事实有了变化',
    dragHint: '把一个人拖到另一格，预览会有什么变化。', preview: '预览：尚未保存', wouldAppear: '会出现：',
    wouldGo: '会消失：', noChange: '没有变化。', keepHint: '表单里已是修改后的值：点“获取建议”采用，点“保存项目”存档。',
    undo: '撤销修改', previewChanges: '预览修改的影响', signedInAs: '当前用户', signOut: '退出登录',
    effectivenessLink: '规则效果'
  }
};

function label(key) {
  const lang = document.documentElement.lang === 'zh' ? 'zh' : 'en';
  return LABELS[lang][key] || LABELS.en[key] || key;
}

function translatePage(root) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = label(el.dataset.i18n); });
}
