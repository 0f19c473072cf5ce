// The rep's page: a form whose every field names its place in the request (data-path), so the same path
// builds the request and shows the API's errors (JSON pointers) next to the field they concern.
const form = document.getElementById('deal-form');
const langSelect = document.getElementById('lang');
let lastPeople = [];
let lastAnswer = null;

function setLanguage(lang) {
  document.documentElement.lang = lang;
  langSelect.value = lang;
  localStorage.setItem('advisor.lang', lang);
  translatePage(document);
  document.querySelectorAll('#commitments .row').forEach((row, i) => {
    row.querySelector('.kind-title').textContent = label(i === 0 ? 'best' : 'minimum');
  });
}

function addRow(group, index) {
  const container = document.getElementById(group);
  const template = document.getElementById({ people: 'person-row', commitments: 'commitment-row',
    agreed: 'agreed-row', history: 'history-row' }[group]);
  const row = template.content.firstElementChild.cloneNode(true);
  const i = index ?? container.children.length;
  row.querySelectorAll('[data-path]').forEach(el => { el.dataset.path = el.dataset.path.replace('{i}', i); });
  row.querySelectorAll('label').forEach(l => { l.htmlFor = ''; });
  const remove = row.querySelector('.remove');
  if (remove) {
    remove.addEventListener('click', () => { row.remove(); renumber(group); });
  }
  translatePage(row);
  container.appendChild(row);
  return row;
}

function renumber(group) {
  document.querySelectorAll(`#${group} .row`).forEach((row, i) => {
    row.querySelectorAll('[data-path]').forEach(el => {
      el.dataset.path = el.dataset.path.replace(/\/\d+\//, `/${i}/`);
    });
  });
}

function resetRows() {
  ['people', 'agreed', 'history', 'commitments'].forEach(g => document.getElementById(g).replaceChildren());
  const best = addRow('commitments', 0);
  best.querySelector('[data-path$="/kind"]').value = 'BEST';
  const minimum = addRow('commitments', 1);
  minimum.querySelector('[data-path$="/kind"]').value = 'MINIMUM';
  setLanguage(langSelect.value);
}

function valueOf(el) {
  const raw = el.value.trim();
  if (raw === '') return undefined;
  switch (el.dataset.type) {
    case 'int': return /^-?\d+$/.test(raw) ? Number(raw) : raw;
    case 'bool': return raw === 'true';
    case 'lines': return raw.split('\n').map(s => s.trim()).filter(Boolean);
    default: return raw;
  }
}

function setAt(target, path, value) {
  const keys = path.split('/').slice(1);
  let node = target;
  keys.forEach((key, n) => {
    const last = n === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[n + 1]);
    if (last) node[key] = value;
    else node = node[key] ??= (nextIsIndex ? [] : {});
  });
}

/** The request the form describes; rows left empty are skipped and the rest numbered as sent (data-sent). */
function collect() {
  const request = {};
  form.querySelectorAll('[data-path]').forEach(el => { delete el.dataset.sent; });
  form.querySelectorAll('fieldset > .grid [data-path]').forEach(el => {
    const value = valueOf(el);
    el.dataset.sent = el.dataset.path;
    if (value !== undefined) setAt(request, el.dataset.path, value);
  });
  ['people', 'commitments', 'agreed', 'history'].forEach(group => {
    let sent = 0;
    document.querySelectorAll(`#${group} .row`).forEach(row => {
      const fields = [...row.querySelectorAll('[data-path]')];
      if (fields.every(el => el.type === 'hidden' || valueOf(el) === undefined)) return;
      fields.forEach(el => {
        el.dataset.sent = el.dataset.path.replace(/\/\d+\//, `/${sent}/`);
        const value = valueOf(el);
        if (value !== undefined) setAt(request, el.dataset.sent, value);
      });
      sent++;
    });
  });
  return request;
}

/** Fills the form from a request (an example or pasted JSON). */
function fill(request) {
  form.querySelectorAll('fieldset > .grid [data-path]').forEach(el => { el.value = ''; });
  resetRows();
  (request.people || []).forEach(() => addRow('people'));
  (request.history || []).forEach(() => addRow('history'));
  ((request.debrief || {}).agreed || []).forEach(() => addRow('agreed'));
  const commitments = (request.plan || {}).commitments || [];
  for (let i = 2; i < commitments.length; i++) addRow('commitments', i);
  form.querySelectorAll('[data-path]').forEach(el => {
    const value = el.dataset.path.split('/').slice(1)
      .reduce((node, key) => (node == null ? undefined : node[key]), request);
    if (value === undefined || value === null) return;
    el.value = Array.isArray(value) ? value.join('\n') : String(value);
  });
  setLanguage(langSelect.value);
}

function clearErrors() {
  form.querySelectorAll('.field-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
  const summary = document.getElementById('error-summary');
  summary.hidden = true;
  summary.replaceChildren();
}

/** Shows each error next to the field its pointer names (or the nearest enclosing one) and sums them up. */
function showErrors(problem) {
  const summary = document.getElementById('error-summary');
  const title = document.createElement('p');
  title.textContent = `${label('errorsTitle')} ${problem.title || ''}`;
  const list = document.createElement('ul');
  const errors = problem.errors && problem.errors.length ? problem.errors : [{ pointer: '', detail: problem.detail }];
  errors.forEach((error, n) => {
    const field = fieldFor(error.pointer || '');
    const item = document.createElement('li');
    item.textContent = `${error.pointer || '/'}: ${error.detail}`;
    list.appendChild(item);
    if (field) {
      const message = document.createElement('span');
      message.className = 'field-error';
      message.id = `error-${n}`;
      message.textContent = error.detail;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', message.id);
      field.closest('label').appendChild(message);
    }
  });
  summary.replaceChildren(title, list);
  summary.hidden = false;
  summary.focus();
}

function fieldFor(pointer) {
  for (let p = pointer; p; p = p.substring(0, p.lastIndexOf('/'))) {
    const field = form.querySelector(`[data-sent="${CSS.escape(p)}"]`);
    if (field) return field;
  }
  return null;
}

function subjectName(subject, people = lastPeople) {
  if (subject.type === 'PERSON') {
    const person = people.find(p => p.id === subject.id);
    return person && person.name ? `${person.name} (${person.role || '?'})` : subject.id;
  }
  if (subject.type === 'DEAL') return label('deal_');
  if (subject.type === 'VISIT') return label('visit');
  return subject.id;
}

function render(answer) {
  const results = document.getElementById('results');
  const outcome = document.getElementById('outcome');
  outcome.hidden = !answer.outcome;
  outcome.textContent = answer.outcome ? `${label('outcome')}: ${label(answer.outcome)}` : '';
  outcome.className = 'outcome ' + (answer.outcome || '').toLowerCase();
  const list = document.getElementById('recommendations');
  list.replaceChildren(...answer.recommendations.map(r => {
    const item = document.createElement('li');
    item.className = 'recommendation ' + r.severity.toLowerCase();
    item.dataset.code = r.code;
    item.innerHTML = `<p class="head"><span class="severity"></span> <code></code> · <span class="subject"></span></p>
      <p class="message"></p><p class="next"><strong></strong> <span></span></p>
      <details><summary></summary><p class="rule"><strong></strong> <code></code></p>
      <p class="principle"><strong></strong> <span></span></p><ul class="evidence"></ul></details>`;
    item.querySelector('.severity').textContent = label(r.severity);
    item.querySelector('.head code').textContent = r.code;
    item.querySelector('.subject').textContent = subjectName(r.subject);
    item.querySelector('.message').textContent = r.message;
    item.querySelector('.next strong').textContent = label('nextStep') + ':';
    item.querySelector('.next span').textContent = r.nextStep;
    item.querySelector('summary').textContent = label('why_');
    item.querySelector('.rule strong').textContent = label('rule') + ':';
    item.querySelector('.rule code').textContent = r.rule;
    item.querySelector('.principle strong').textContent = label('principle') + ':';
    item.querySelector('.principle span').textContent = r.principle;
    item.querySelector('.evidence').replaceChildren(...(r.evidence || []).map(e => {
      const li = document.createElement('li');
      li.textContent = e;
      return li;
    }));
    addFeedbackControls(item, r, answer.dealId);
    return item;
  }));
  renderHidden(answer.suppressed);
  if (!answer.recommendations.length) {
    const none = document.createElement('li');
    none.textContent = label('noAdvice');
    list.appendChild(none);
  }
  drawRoleMap(document.getElementById('role-map'), lastPeople, document.getElementById('unscored'), whatIf);
  lastAnswer = answer;
  document.getElementById('what-if').hidden = true;
  document.getElementById('ruleset').textContent = `${label('rulesVersion')}: ${answer.ruleset} · ${answer.decisionId}`;
  results.hidden = false;
}

/** The form's influence and support of a person set as dragged, and advice asked again as a preview. */
function whatIf(personId, influence, support) {
  const row = [...document.querySelectorAll('#people .row')]
    .find(r => r.querySelector('[data-path$="/id"]').value.trim() === personId);
  const fields = ['influence', 'support'].map(f => row.querySelector(`[data-path$="/${f}"]`));
  const before = fields.map(f => f.value);
  fields[0].value = influence;
  fields[1].value = support;
  return preview(() => { fields.forEach((f, i) => { f.value = before[i]; }); });
}

/**
 * Advice on the form as it is now, shown as a preview against the last advice; {@code restore}, when given, puts
 * back what the drag changed (undo).
 */
async function preview(restore) {
  if (!lastAnswer) {
    form.requestSubmit();
    return;
  }
  clearErrors();
  const request = collect();
  const response = await call('api/v1/advice?preview=true', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': langSelect.value },
    body: JSON.stringify(request)
  });
  if (!response.ok) {
    if (restore) restore();
    showErrors(await response.json());
    return;
  }
  drawRoleMap(document.getElementById('role-map'), request.people || [], document.getElementById('unscored'), whatIf);
  showPreview(await response.json(), request.people || [], restore && (() => {
    restore();
    form.requestSubmit();
  }));
}

/** What the change would bring and take away, by recommendation key; the rep keeps it (Get advice) or undoes it. */
function showPreview(answer, people, undo) {
  const box = document.getElementById('what-if');
  const keys = list => new Set(list.map(r => r.key));
  const before = keys(lastAnswer.recommendations);
  const after = keys(answer.recommendations);
  const name = r => `${r.code} · ${subjectName(r.subject, people)}`;
  const items = (list, css) => list.map(r => {
    const li = document.createElement('li');
    li.className = css;
    li.dataset.code = r.code;
    li.textContent = name(r);
    return li;
  });
  const appear = answer.recommendations.filter(r => !before.has(r.key));
  const go = lastAnswer.recommendations.filter(r => !after.has(r.key));
  box.querySelector('#appear').replaceChildren(...items(appear, 'appears'));
  box.querySelector('#disappear').replaceChildren(...items(go, 'disappears'));
  box.querySelector('#appearing').hidden = appear.length === 0;
  box.querySelector('#going').hidden = go.length === 0;
  box.querySelector('#no-change').hidden = appear.length + go.length > 0;
  box.querySelector('#undo-what-if').hidden = !undo;
  box.querySelector('#undo-what-if').onclick = undo;
  box.hidden = false;
  box.focus();
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const request = collect();
  lastPeople = request.people || [];
  const button = document.getElementById('submit');
  button.disabled = true;
  try {
    const response = await call('api/v1/advice', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': langSelect.value },
      body: JSON.stringify(request)
    });
    const body = await response.json().catch(() => ({ title: label('failed'), detail: String(response.status) }));
    if (response.ok) render(body);
    else showErrors(body);
  } catch (failure) {
    showErrors({ title: label('failed'), detail: String(failure) });
  } finally {
    button.disabled = false;
  }
}

document.querySelectorAll('[data-add]').forEach(button =>
  button.addEventListener('click', () => addRow(button.dataset.add).querySelector('input, select').focus()));
document.getElementById('load-example').addEventListener('click', async () => {
  fill(await (await fetch('examples/recruiting.json')).json());
});
document.getElementById('load-json').addEventListener('click', () => {
  clearErrors();
  try {
    fill(JSON.parse(document.getElementById('json-input').value));
  } catch (malformed) {
    showErrors({ title: 'JSON', detail: malformed.message });
  }
});
langSelect.addEventListener('change', () => {
  setLanguage(langSelect.value);
  if (!document.getElementById('results').hidden) form.requestSubmit();
});
form.addEventListener('submit', submit);
// the keyboard's way to a what-if: change influence or support in the form, then preview
document.getElementById('preview-changes').addEventListener('click', () => preview(null));

resetRows();
setLanguage(localStorage.getItem('advisor.lang') || (navigator.language.startsWith('zh') ? 'zh' : 'en'));
