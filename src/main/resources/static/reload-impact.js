// The last rule change on the sales-ops page: what it altered in the answers of the last days, measured in the
// background after the reload (GET /api/v1/rules, for sales-ops and admins; the box stays hidden for others).
(() => {
  const box = document.getElementById('reload-impact');
  const sentence = document.getElementById('reload-impact-sentence');
  const versions = document.getElementById('reload-impact-versions');
  const KINDS = { appeared: 'impactAppeared', disappeared: 'impactDisappeared', changed: 'impactChanged' };
  let impact = null;

  const time = instant => new Date(instant).toLocaleString(document.documentElement.lang);

  /** "roles/x appeared 5 times, changed 1 time" for each rule that changed something, as the backtest ranks them. */
  function ruleChanges(rules) {
    const kinds = r => Object.keys(KINDS).filter(k => r[k] > 0);
    return rules.filter(r => kinds(r).length > 0).map(r => `${r.rule} ` + kinds(r)
      .map(k => label(KINDS[k] + (r[k] === 1 ? 'One' : '')).replace('{n}', r[k])).join(label('impactAnd')));
  }

  function text(i) {
    const fill = template => label(template).replace('{days}', i.days).replace('{at}', time(i.startedAt));
    if (i.status === 'RUNNING') return fill('impactRunning');
    if (i.status === 'FAILED') return `${fill('impactFailed')}: ${i.reason}`;
    if (i.replayed === 0) return fill('impactNoAnswers');
    const changes = ruleChanges(i.rules);
    return fill('impactDone').replace('{share}', percent(i.share)).replace('{changed}', i.changedAnswers)
      .replace('{replayed}', i.replayed).replace('{deals}', i.dealsAffected)
      + (changes.length === 0 ? label('impactEnd') : label('impactColon') + changes.join(label('impactNext'))
        + label('impactEnd'));
  }

  function draw() {
    box.hidden = impact === null;
    if (impact === null) return;
    box.dataset.status = impact.status;
    sentence.textContent = text(impact);
    versions.textContent = `${impact.oldRuleset} → ${impact.newRuleset}`;
  }

  async function load() {
    const response = await call('api/v1/rules', { headers: { Accept: 'application/json' } });
    impact = response.ok ? (await response.json()).lastReloadImpact || null : null;
    draw();
    if (impact !== null && impact.status === 'RUNNING') setTimeout(load, 3000);
  }

  document.getElementById('lang').addEventListener('change', draw);
  load();
})();
