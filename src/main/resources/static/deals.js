// The rep's stored deals: a searchable list; a deal opens into the form and is saved back with the version it
// was read at, so a deal someone changed meanwhile is not overwritten (409: reload it). Saving a debrief adds
// its agreed actions and the answer to the best ask to the deal's history.
const PERSON_FIELDS = ['id', 'name', 'title', 'role', 'influence', 'support', 'effort', 'concept', 'personalWin'];
let openDeal = null;
let searching;

async function loadDeals() {
  const q = document.getElementById('deal-search').value.trim();
  const response = await call('api/v1/deals?size=100' + (q ? '&q=' + encodeURIComponent(q) : ''));
  if (!response.ok) return;
  const page = await response.json();
  document.querySelector('#deal-list tbody').replaceChildren(...page.items.map(dealRow));
  document.getElementById('deal-list').hidden = page.items.length === 0;
  document.getElementById('no-deals').hidden = page.items.length > 0 || q !== '';
}

function dealRow(deal) {
  const row = document.createElement('tr');
  row.dataset.deal = deal.id;
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'link';
  open.textContent = deal.id;
  open.addEventListener('click', () => openStored(deal.id));
  [open, deal.customer || '', deal.stage || '', deal.daysWithoutAdvance ?? '', String(deal.high)].forEach(value => {
    const cell = document.createElement('td');
    if (value instanceof Node) cell.appendChild(value);
    else cell.textContent = value;
    row.appendChild(cell);
  });
  return row;
}

async function openStored(id) {
  const response = await call('api/v1/deals/' + encodeURIComponent(id));
  if (!response.ok) return;
  const stored = await response.json();
  fill({ deal: stored.deal, people: stored.people, history: stored.history });
  openDeal = stored;
  document.getElementById('conflict').hidden = true;
  document.getElementById('results').hidden = true;
  showDealStatus();
  form.querySelector('[data-path="/deal/id"]').focus();
}

function showDealStatus(note) {
  const open = openDeal && openDeal.deal.id;
  document.getElementById('deal-status').textContent = open
    ? `${label('stored')} ${open} · ${label('version')} ${openDeal.version}${note ? ' · ' + note : ''}`
    : label('notStored');
}

/** The document to store: the form's deal, people and history; fields the form does not show are kept as stored. */
function dealDocument(request) {
  const kept = openDeal && openDeal.deal.id === request.deal.id ? openDeal : null;
  const people = (request.people || []).map(p => {
    const before = (kept && kept.people.find(s => s.id === p.id)) || {};
    return { ...Object.fromEntries(Object.entries(before).filter(([k]) => !PERSON_FIELDS.includes(k))), ...p };
  });
  const stored = { deal: request.deal, people, history: [...(request.history || []), ...debriefAsHistory(request)] };
  if (kept) {
    stored.version = kept.version;
    if (kept.customerId) stored.customerId = kept.customerId;
  }
  return stored;
}

function debriefAsHistory(request) {
  const debrief = request.debrief;
  if (!debrief) return [];
  const date = debrief.date || request.deal.asOf || new Date().toISOString().slice(0, 10);
  const entries = (debrief.agreed || []).filter(a => a.action)
    .map(a => ({ date, of: a.by, action: a.action, result: 'AGREED' }));
  const best = ((request.plan || {}).commitments || []).find(c => c.kind === 'BEST' && c.action);
  if (best && (debrief.bestAsk === 'AGREED' || debrief.bestAsk === 'DECLINED')) {
    entries.unshift({ date, of: best.by, action: best.action, result: debrief.bestAsk,
      said: (debrief.customerSaid || []).join(' ') || undefined });
  }
  return entries;
}

async function saveDeal() {
  clearErrors();
  const request = collect();
  if (!request.deal || !request.deal.id) {
    showErrors({ title: '', errors: [{ pointer: '/deal/id', detail: label('dealId') }] });
    return;
  }
  const response = await call('api/v1/deals/' + encodeURIComponent(request.deal.id), {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(dealDocument(request))
  });
  const body = await response.json().catch(() => ({ title: label('failed'), detail: String(response.status) }));
  if (response.ok) {
    openDeal = body;
    fill({ deal: body.deal, people: body.people, history: body.history, plan: request.plan });
    showDealStatus(label('saved'));
    loadDeals();
  } else if (response.status === 409 && body.type === '/problems/stale-version') {
    document.getElementById('conflict').hidden = false;
    document.getElementById('reload-deal').focus();
  } else {
    showErrors(body);
  }
}

document.getElementById('save-deal').addEventListener('click', saveDeal);
document.getElementById('reload-deal').addEventListener('click', () => openStored(openDeal.deal.id));
document.getElementById('new-deal').addEventListener('click', () => {
  openDeal = null;
  fill({});
  document.getElementById('results').hidden = true;
  showDealStatus();
  form.querySelector('[data-path="/deal/id"]').focus();
});
document.getElementById('deal-search').addEventListener('input', () => {
  clearTimeout(searching);
  searching = setTimeout(loadDeals, 250);
});
langSelect.addEventListener('change', () => showDealStatus());
showDealStatus();
loadDeals();
