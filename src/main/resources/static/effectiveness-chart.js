// One small bar chart per rule: the win rate of the closed deals where its advice was followed, and where it was
// not; a group with too few closed deals gets an empty dashed bar instead of a rate that would be noise.
const SVG = 'http://www.w3.org/2000/svg';
const BAR = { left: 70, width: 100, height: 14, gap: 6 };

function svgElement(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function percent(rate) {
  return Math.round(rate * 100) + ' %';
}

/** What a group's bar says in words: the rate and its deals, or why there is no rate. */
function describeGroup(outcomes, minDeals) {
  return outcomes.winRate === null
    ? `${label('tooFew')} (${outcomes.closed} ${label('ofNeeded')} ${minDeals})`
    : `${percent(outcomes.winRate)} (${outcomes.won} / ${outcomes.closed} ${label('closed')})`;
}

function winRateChart(rule, minDeals) {
  const groups = [['followed', rule.followed], ['ignored', rule.ignored]];
  const height = groups.length * (BAR.height + BAR.gap);
  const chart = svgElement('svg', { class: 'win-rates', viewBox: `0 0 ${BAR.left + BAR.width + 40} ${height}`,
    role: 'img', 'data-rule': rule.rule });
  chart.appendChild(svgElement('title', {}, groups.map(([name, outcomes]) =>
    `${label(name)}: ${describeGroup(outcomes, minDeals)}`).join('; ')));
  groups.forEach(([name, outcomes], i) => {
    const y = i * (BAR.height + BAR.gap) + BAR.gap / 2;
    const middle = y + BAR.height / 2;
    chart.appendChild(svgElement('text', { x: BAR.left - 4, y: middle, class: 'bar-label' }, label(name)));
    if (outcomes.winRate === null) {
      chart.appendChild(svgElement('rect', { x: BAR.left, y, width: BAR.width, height: BAR.height,
        class: 'bar empty', 'data-group': name }));
      chart.appendChild(svgElement('text', { x: BAR.left + BAR.width + 4, y: middle, class: 'bar-value' }, '–'));
    } else {
      chart.appendChild(svgElement('rect', { x: BAR.left, y, width: BAR.width, height: BAR.height,
        class: 'bar track' }));
      chart.appendChild(svgElement('rect', { x: BAR.left, y, width: outcomes.winRate * BAR.width,
        height: BAR.height, class: 'bar ' + name, 'data-group': name }));
      chart.appendChild(svgElement('text', { x: BAR.left + BAR.width + 4, y: middle, class: 'bar-value' },
        percent(outcomes.winRate)));
    }
  });
  return chart;
}
