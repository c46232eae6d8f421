// The Plan screen: form and YAML kept in sync, the plan asked for as you type, and the result.
import { call, read } from './api.js';
import { $, el, debounce, download, announce } from './dom.js';
import * as yaml from './yaml.js';
import * as topology from './topology.js';

const PLANS = '/v1/plans';

export function planScreen({ onTopology, onPlan, openRule }) {
  const form = $('#topology-form');
  const text = $('#yaml-text');
  let current = {};
  let lastPlan = null;
  let sequence = 0;

  const requestPlan = debounce(() => plan(), 300);

  function setYaml(source, { fromForm = false } = {}) {
    if (!fromForm) text.value = source;
    try {
      const parsed = yaml.parse(source);
      current = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
      $('#yaml-status').textContent = '';
      text.removeAttribute('aria-invalid');
      if (!fromForm) topology.fill(form, current);
    } catch (error) {
      $('#yaml-status').textContent = `This YAML cannot be shown in the form (${error.message}); the server reads it as typed.`;
    }
    onTopology(text.value);
    requestPlan();
  }

  topology.bind(form, (pointer, value) => edit(pointer, value));
  form.addEventListener('list-edit', (event) => edit(event.detail.pointer, event.detail.values));
  text.addEventListener('input', () => setYaml(text.value));

  function edit(pointer, value) {
    if (!current.version) current = { version: 1, ...current };
    topology.set(current, pointer, value);
    text.value = yaml.stringify(current);
    setYaml(text.value, { fromForm: true });
  }

  async function plan() {
    const mine = ++sequence;
    $('#plan-status').textContent = 'Planning…';
    let answer;
    try {
      answer = await read(await call(PLANS, post(text.value, 'application/json')));
    } catch (error) {
      if (mine === sequence) $('#plan-status').textContent = `The server could not be reached: ${error.message}`;
      return;
    }
    if (mine !== sequence) return; // a newer request is on its way
    if (answer.ok) {
      lastPlan = answer.body;
      topology.clearErrors(form);
      $('#form-problem').hidden = true;
      $('#plan-problems').replaceChildren();
      render(answer.body);
      onPlan(lastPlan);
      const count = answer.body.certificates.length;
      $('#plan-status').textContent = `${count} certificate${count === 1 ? '' : 's'}, as of ${answer.body.asOf}.`;
    } else {
      lastPlan = null;
      showProblem(answer.body);
      onPlan(null);
    }
  }

  function showProblem(problem) {
    const errors = problem.errors || [];
    const unplaced = topology.showErrors(form, errors);
    const count = errors.length || 1;
    $('#plan-status').textContent = `No plan: the topology has ${count} problem${count === 1 ? '' : 's'}.`;
    const items = (errors.length ? errors : [{ message: problem.detail }]).map((error) => {
      const field = topology.fieldFor(form, error.pointer || '');
      const place = placeOf(error);
      return el(
        'li',
        {},
        field && field.matches('input, select')
          ? el('a', { href: `#${field.id}`, onclick: (event) => focusField(event, field) }, place)
          : place,
        place ? ': ' : '',
        error.message,
      );
    });
    $('#plan-problems').replaceChildren(el('ul', { class: 'problems' }, items));
    const form_problem = $('#form-problem');
    form_problem.hidden = unplaced.length === 0;
    form_problem.textContent = unplaced.map((error) => `${placeOf(error)}: ${error.message}`).join(' ');
    $('#plan-result').replaceChildren();
  }

  function render(result) {
    const cards = result.certificates.map((certificate) => card(certificate, openRule));
    const advisories = result.advisories.length
      ? el(
          'ul',
          { class: 'advisories' },
          result.advisories.map((advisory) =>
            el('li', { class: `advisory ${advisory.severity}` },
              el('span', { class: 'badge' }, advisory.severity), ' ',
              ruleButton(advisory.rule, openRule), ' ', advisory.message)),
        )
      : el('p', {}, 'None.');
    $('#plan-result').replaceChildren(
      el('div', { class: 'cards' }, cards),
      el('h3', {}, 'Advisories'),
      advisories,
    );
  }

  $('#download-yaml').addEventListener('click', () =>
    download('topology.yaml', 'application/yaml', text.value));
  $('#download-json').addEventListener('click', async () => {
    const answer = await read(await call(PLANS, post(text.value, 'application/json')));
    if (answer.ok) download('edge-certificate-plan.json', 'application/json', answer.text + '\n');
    else announce('No plan to download: the topology has problems.');
  });
  $('#download-md').addEventListener('click', async () => {
    const answer = await call(PLANS, post(text.value, 'text/markdown'));
    if (answer.ok) download('edge-certificate-plan.md', 'text/markdown', await answer.text());
    else announce('No plan to download: the topology has problems.');
  });
  $('#clear-topology').addEventListener('click', () => setYaml(topology.EMPTY));

  return {
    load: (source) => setYaml(source || topology.EXAMPLE),
    yamlText: () => text.value,
    lastPlan: () => lastPlan,
  };
}

function post(body, accept) {
  return { method: 'POST', headers: { 'Content-Type': 'application/yaml', Accept: accept }, body };
}

function placeOf(error) {
  if (error.pointer === undefined) return error.parameter || '';
  const path = error.pointer.split('/').slice(1).map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');
  const line = error.line ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ''})` : '';
  return (path || 'topology') + line;
}

function focusField(event, field) {
  event.preventDefault();
  field.focus();
}

function card(c, openRule) {
  const key = c.key ? `${c.key.algorithm.toUpperCase()} ${c.key.size ?? ''}`.trim() : '';
  const rows = [
    ['Subject name', c.subjectName],
    ['Certificate authority', c.certificateAuthority],
    ['Key', `${key}${c.privateKeyExportable ? ', exportable' : ', not exportable'}`],
    ['Shared by pool members', c.sharedByPoolMembers ? 'yes' : 'no'],
    ['Enhanced key usages', (c.extendedKeyUsages || []).join(', ')],
    ['Usages (-Type)', (c.usages || []).join(', ')],
  ];
  const sans = c.subjectAlternativeNames.length
    ? el(
        'table',
        { class: 'sans' },
        el('caption', {}, `Subject alternative names of ${c.id}`),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'DNS name'), el('th', { scope: 'col' }, 'Why'), el('th', { scope: 'col' }, 'Rules'))),
        el(
          'tbody',
          {},
          c.subjectAlternativeNames.map((san) =>
            el(
              'tr',
              {},
              el('td', { class: 'san' }, san.dnsName),
              el('td', {}, el('ul', { class: 'reasons' }, san.reasons.map((reason) => el('li', {}, reason)))),
              el('td', { class: 'rules' }, san.rules.map((rule) => ruleButton(rule, openRule))),
            ),
          ),
        ),
      )
    : el('p', {}, 'Subject alternative names: none.');
  const command = c.requestCommand
    ? el(
        'div',
        { class: 'command' },
        el('p', { class: 'command-label', id: `cmd-${c.id}` }, 'Request-CsCertificate'),
        el('pre', { 'aria-labelledby': `cmd-${c.id}`, tabindex: '0' }, el('code', {}, c.requestCommand)),
        el('button', { type: 'button', class: 'copy', onclick: () => copy(c.requestCommand) }, `Copy the ${c.id} request command`),
      )
    : null;
  return el(
    'article',
    { class: 'card', 'data-certificate': c.id, 'aria-labelledby': `card-${c.id}` },
    el('h3', { id: `card-${c.id}` }, c.component),
    el('dl', {}, rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)])),
    sans,
    command,
    c.notes && c.notes.length ? el('ul', { class: 'notes' }, c.notes.map((note) => el('li', {}, note))) : null,
  );
}

export function ruleButton(rule, openRule) {
  return el('button', { type: 'button', class: 'rule', 'data-rule': rule, onclick: () => openRule(rule) }, rule);
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    announce('Request command copied.');
  } catch {
    announce('Copying is blocked here: select the command and copy it.');
  }
}
