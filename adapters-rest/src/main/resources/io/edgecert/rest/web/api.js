// Calls to the edgecert API on the same origin. A 401 carrying "WWW-Authenticate: Bearer" asks the
// user for a token once, keeps it for this browser tab only (sessionStorage), and retries.
import { $ } from './dom.js';

const TOKEN = 'edgecert.token';

export async function call(path, init = {}) {
  let answer = await fetch(path, withToken(init));
  if (answer.status === 401 && /^\s*bearer\b/i.test(answer.headers.get('WWW-Authenticate') || '')) {
    const token = await askToken(sessionStorage.getItem(TOKEN) !== null);
    if (token) {
      sessionStorage.setItem(TOKEN, token);
      answer = await fetch(path, withToken(init));
    }
  }
  return answer;
}

/** The answer's JSON, and whether it is a problem document (RFC 9457). */
export async function read(answer) {
  const type = answer.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await answer.json() : { detail: await answer.text() };
  return { ok: answer.ok, status: answer.status, body, text: JSON.stringify(body, null, 2) };
}

function withToken(init) {
  const token = sessionStorage.getItem(TOKEN);
  if (!token) return init;
  return { ...init, headers: { ...(init.headers || {}), Authorization: `Bearer ${token}` } };
}

function askToken(rejected) {
  const dialog = $('#token-dialog');
  $('#token-rejected').hidden = !rejected;
  $('#token-input').value = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => resolve(dialog.returnValue === 'ok' ? $('#token-input').value.trim() : null),
      { once: true },
    );
  });
}
