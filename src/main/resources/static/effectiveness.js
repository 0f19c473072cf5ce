// The rule effectiveness page: a period, and for it one row per rule in a table sortable by each column (click a
// heading; again for the other order), with the followed vs ignored win rates drawn per rule.
const langSelect = document.getElementById('lang');
const table = document.getElementById('rules-table');
const status = document.getElementById('report-status');
let report = null;
let sort = { column: 'answers', descending: true };

// code-point order, as the report lists rules, not the browser's locale order
const compare = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
const dismissedTotal = rule => Object.values(rule.dismissed).reduce((sum, n) => sum + n, 0);
const rateOrNone = outcomes => (outcomes.winRate === null ? -1 : outcomes.winRate);

/** Each column: its label, the value it sorts by, and what its cell shows (the value itself when not given). */
const COLUMNS = [
  { id: 'rule', label: 'colRule', value: r => r.rule, cell: ruleCell },
  { id: 'answers', label: 'colAnswers', value: r => r.answers },
  { id: 'deals', label: 'colDeals', value: r => r.deals },
  { id: 'done', label: 'colDone', value: r => r.done },
  { id: 'dismissed', label: 'colDismissed', value: dismissedTotal },
  { id: 'wrong', label: 'colWrong', value: r => r.dismissed.WRONG },
  { id: 'snoozed', label: 'colSnoozed', value: r => r.snoozed },
  { id: 'noFeedback', label: 'colNoFeedback', value: r => r.noFeedback },
  { id: 'followed', label: 'colFollowed', value: r => r.followed.closed, cell: r => wonLost(r.followed) },
  { id: 'followedRate', label: 'colFollowedRate', value: r => rateOrNone(r.followed),
    cell: r => rateText(r.followed) },
  { id: 'ignored', label: 'colIgnored', value: r => r.ignored.closed, cell: r => wonLost(r.ignored) },
  { id: 'ignoredRate', label: 'colIgnoredRate', value: r => rateOrNone(r.ignored), cell: r => rateText(r.ignored) },
  { id: 'chart', label: 'colChart', value: r => rateOrNone(r.followed) - rateOrNone(r.ignored),
    cell: r => winRateChart(r, report.minDeals) }
];

function wonLost(outcomes) {
  return `${outcomes.won} / ${outcomes.lost}`;
}

function rateText(outcomes) {
  if (outcomes.winRate !== null) return percent(outcomes.winRate);
  const none = document.createElement('span');
  none.className = 'no-rate';
  none.textContent = `${label('tooFew')} (${outcomes.closed} ${label('ofNeeded')} ${report.minDeals})`;
  return none;
}

/** The rule's name, and what reps said most when they called it wrong. */
function ruleCell(rule) {
  const cell = document.createElement('div');
  const name = document.createElement('code');
  name.textContent = rule.rule;
  cell.appendChild(name);
  if (rule.wrongComments.length > 0) {
    const said = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = label('saidWrong');
    const list = document.createElement('ul');
    rule.wrongComments.forEach(c => {
      const item = document.createElement('li');
      item.textContent = `“${c.comment}” (${c.count})`;
      list.appendChild(item);
    });
    said.append(summary, list);
    cell.appendChild(said);
  }
  return cell;
}

function drawHead() {
  const row = table.querySelector('thead tr');
  row.replaceChildren(...COLUMNS.map(column => {
    const heading = document.createElement('th');
    heading.scope = 'col';
    heading.dataset.column = column.id;
    heading.setAttribute('aria-sort', sort.column !== column.id ? 'none'
      : sort.descending ? 'descending' : 'ascending');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = label(column.label);
    button.addEventListener('click', () => {
      sort = { column: column.id, descending: sort.column === column.id ? !sort.descending : column.id !== 'rule' };
      draw();
    });
    heading.appendChild(button);
    return heading;
  }));
}

function drawBody() {
  const column = COLUMNS.find(c => c.id === sort.column);
  const rows = [...report.rules].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = compare(x, y);
    return (sort.descending ? -order : order) || compare(a.rule, b.rule);
  });
  table.querySelector('tbody').replaceChildren(...rows.map(rule => {
    const row = document.createElement('tr');
    row.dataset.rule = rule.rule;
    COLUMNS.forEach(c => {
      const cell = document.createElement('td');
      cell.dataset.column = c.id;
      const shown = c.cell ? c.cell(rule) : String(c.value(rule));
      if (shown instanceof Node) cell.appendChild(shown);
      else cell.textContent = shown;
      row.appendChild(cell);
    });
    return row;
  }));
}

function draw() {
  if (!report) return;
  table.hidden = report.rules.length === 0;
  status.textContent = report.rules.length === 0 ? label('noRules') : '';
  drawHead();
  drawBody();
}

async function load() {
  status.textContent = label('loading');
  const query = new URLSearchParams({ from: document.getElementById('from').value,
    to: document.getElementById('to').value });
  const response = await call('api/v1/rules/effectiveness?' + query, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    report = null;
    table.hidden = true;
    const problem = response.headers.get('Content-Type')?.includes('json') ? await response.json() : {};
    status.textContent = response.status === 403 ? label('notYours')
      : `${label('failed')}: ${problem.detail || response.status}`;
    return;
  }
  report = await response.json();
  draw();
}

function setLanguage(lang) {
  document.documentElement.lang = lang;
  langSelect.value = lang;
  localStorage.setItem('advisor.lang', lang);
  translatePage(document);
  draw();
}

/** The last 90 days by default: long enough for deals advised in it to have closed. */
function defaultPeriod() {
  const today = new Date();
  const from = new Date(today.getTime() - 90 * 24 * 3600 * 1000);
  document.getElementById('to').value = today.toISOString().slice(0, 10);
  document.getElementById('from').value = from.toISOString().slice(0, 10);
}

document.getElementById('period').addEventListener('submit', event => {
  event.preventDefault();
  load();
});
langSelect.addEventListener('change', () => setLanguage(langSelect.value));
setLanguage(localStorage.getItem('advisor.lang') || (navigator.language.startsWith('zh') ? 'zh' : 'en'));
defaultPeriod();
load();
