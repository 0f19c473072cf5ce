// The signed-in session: every API call carries the CSRF token on a change and marks itself as the page's own
// (so a lost session answers 401 without the browser's sign-in dialog), and a lost session goes back to sign-in.
async function call(url, options = {}) {
  const headers = new Headers(options.headers || {});
  headers.set('X-Requested-With', 'XMLHttpRequest');
  const method = (options.method || 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') headers.set('X-XSRF-TOKEN', csrfToken());
  const response = await fetch(url, { ...options, headers });
  if (response.status === 401) location.assign('login.html?expired');
  return response;
}

async function showUser() {
  const response = await call('api/v1/me');
  if (!response.ok) return;
  const me = await response.json();
  document.getElementById('user-name').textContent = me.name;
  document.getElementById('user-role').textContent = '(' + me.role + ')';
  // what only some roles may use (data-roles="SALES_OPS ADMIN") is shown to those roles alone
  document.querySelectorAll('[data-roles]').forEach(el => { el.hidden = !el.dataset.roles.split(' ').includes(me.role); });
}

document.getElementById('sign-out').addEventListener('submit', () => {
  document.getElementById('sign-out-csrf').value = csrfToken();
});
showUser();
