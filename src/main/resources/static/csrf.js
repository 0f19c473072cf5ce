// The CSRF token the service sets in the XSRF-TOKEN cookie, sent back by the page's forms and calls.
function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}
