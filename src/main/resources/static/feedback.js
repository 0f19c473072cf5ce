// Feedback on each recommendation: Done, Dismiss (with a reason) or Snooze (until a day). The advisor leaves it
// out of later advice on this deal while the feedback holds, so the page asks for advice again to show that.
function addFeedbackControls(item, recommendation, dealId) {
  const controls = document.getElementById('feedback-controls').content.firstElementChild.cloneNode(true);
  translatePage(controls);
  const dismissForm = controls.querySelector('.dismiss-form');
  const snoozeForm = controls.querySelector('.snooze-form');
  const send = body => sendFeedback(dealId, { key: recommendation.key, ...body }, controls);
  controls.querySelector('.done').addEventListener('click', () => send({ status: 'DONE' }));
  controls.querySelector('.dismiss').addEventListener('click', () => toggle(dismissForm, snoozeForm));
  controls.querySelector('.snooze').addEventListener('click', () => toggle(snoozeForm, dismissForm));
  controls.querySelector('.confirm-dismiss').addEventListener('click', () => send({ status: 'DISMISSED',
    reason: controls.querySelector('.reason').value, comment: controls.querySelector('.comment').value || undefined }));
  controls.querySelector('.confirm-snooze').addEventListener('click', () => send({ status: 'SNOOZED',
    until: controls.querySelector('.until').value || undefined }));
  if (recommendation.feedback && !recommendation.feedback.hidden) {
    controls.querySelector('.feedback-state').textContent = label('feedbackBack');
  }
  item.appendChild(controls);
}

function toggle(open, close) {
  open.hidden = !open.hidden;
  close.hidden = true;
  if (!open.hidden) open.querySelector('select, input').focus();
}

async function sendFeedback(dealId, body, controls) {
  const state = controls.querySelector('.feedback-state');
  try {
    const response = await call(`api/v1/deals/${encodeURIComponent(dealId)}/feedback`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
    if (response.ok) {
      form.requestSubmit();
      return;
    }
    const problem = await response.json().catch(() => ({}));
    state.textContent = (problem.errors || []).map(e => e.detail).join('; ') || problem.detail || label('failed');
  } catch (failure) {
    state.textContent = `${label('failed')}: ${failure}`;
  }
}

/** What the rep's feedback hides, collapsed under "hidden (n)". */
function renderHidden(suppressed) {
  const box = document.getElementById('hidden-advice');
  const hidden = suppressed || [];
  box.hidden = hidden.length === 0;
  box.querySelector('summary').textContent = `${label('hidden')} (${hidden.length})`;
  document.getElementById('hidden-list').replaceChildren(...hidden.map(s => {
    const item = document.createElement('li');
    item.dataset.code = s.code;
    item.textContent = `${s.code} · ${label(s.status)}`;
    return item;
  }));
}
