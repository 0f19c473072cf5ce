// The sign-in form: sends the CSRF token from its cookie, and says why the rep is here again.
const NOTICES = {
  error: 'Wrong user name or password. · 用户名或密码错误。',
  paused: 'Too many failed sign-ins: try again in a while. · 登录失败次数过多，请稍后再试。',
  expired: 'Your session ended: sign in again. · 会话已结束，请重新登录。',
  'signed-out': 'You are signed out. · 已退出登录。'
};

const params = new URLSearchParams(location.search);
const shown = Object.keys(NOTICES).find(key => params.has(key));
if (shown) {
  const notice = document.getElementById('notice');
  notice.textContent = NOTICES[shown];
  notice.hidden = false;
}

document.getElementById('sign-in').addEventListener('submit', () => {
  document.getElementById('csrf').value = csrfToken();
});
