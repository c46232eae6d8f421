// The page: three screens (Plan, Validate, Rules). The address's fragment keeps the screen and the
// topology (#plan;t=<base64url of the YAML>), so a link shares a plan; browsers never send it.
import { $, $$ } from './dom.js';
import { planScreen } from './plan.js';
import { validateScreen } from './validate.js';
import { rulesScreen, openRule } from './rules.js';

const SCREENS = ['plan', 'validate', 'rules'];
let screen = 'plan';
let topologyParam = '';

function encode(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decode(value) {
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function readFragment() {
  const [name, ...params] = location.hash.slice(1).split(';');
  const t = params.find((p) => p.startsWith('t='));
  return { screen: SCREENS.includes(name) ? name : 'plan', topology: t ? decode(t.slice(2)) : null };
}

function writeFragment() {
  const hash = `#${screen}${topologyParam ? `;t=${topologyParam}` : ''}`;
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

const rules = rulesScreen();

function show(name, { focus = false } = {}) {
  screen = name;
  for (const s of SCREENS) {
    $(`#screen-${s}`).hidden = s !== name;
    const tab = $(`#tab-${s}`);
    if (s === name) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (name === 'rules') rules.enter();
  writeFragment();
  if (focus) $(`#screen-${name} h1`).focus();
}

const plan = planScreen({
  onTopology: (text) => {
    topologyParam = encode(text);
    writeFragment();
  },
  onPlan: (result) => {
    $('#v-topology').textContent = result
      ? `the topology on the Plan screen (${result.certificates.length} certificates planned)`
      : 'the topology on the Plan screen, which has problems: fix them there first';
  },
  openRule,
});
validateScreen({ yamlText: () => plan.yamlText(), openRule });

$$('.tabs a').forEach((link) =>
  link.addEventListener('click', (event) => {
    event.preventDefault();
    show(link.dataset.screen, { focus: true });
  }),
);
window.addEventListener('hashchange', () => {
  const fragment = readFragment();
  if (fragment.topology !== null && fragment.topology !== plan.yamlText()) plan.load(fragment.topology);
  show(fragment.screen);
});
$$('.screen h1').forEach((h) => h.setAttribute('tabindex', '-1'));

const start = readFragment();
plan.load(start.topology);
show(start.screen);
document.documentElement.dataset.ready = 'true';
