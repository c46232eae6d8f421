// The Rules screen and the rule dialog: the catalogue, fetched once, searchable by id and words.
import { call, read } from './api.js';
import { $, el } from './dom.js';

let catalogue = null;

async function rules() {
  if (!catalogue) {
    const answer = await read(await call('/v1/rules', { headers: { Accept: 'application/json' } }));
    if (!answer.ok) throw new Error(answer.body.detail || `HTTP ${answer.status}`);
    catalogue = answer.body.rules;
  }
  return catalogue;
}

function details(rule) {
  return [
    el('p', { class: 'statement' }, rule.statement),
    el('dl', {},
      el('dt', {}, 'Severity'), el('dd', {}, rule.severity + (rule.severityNote ? ` (${rule.severityNote})` : '')),
      el('dt', {}, 'Applies'), el('dd', {}, rule.appliesWhen),
      el('dt', {}, 'Sources'), el('dd', {}, rule.sources.join(', '))),
  ];
}

/** Opens the dialog with a rule's text and sources. */
export async function openRule(id) {
  const dialog = $('#rule-dialog');
  $('#rule-dialog-title').textContent = id;
  try {
    const rule = (await rules()).find((r) => r.id === id);
    $('#rule-dialog-body').replaceChildren(...(rule ? details(rule) : [el('p', {}, 'This rule is not in the catalogue.')]));
  } catch (error) {
    $('#rule-dialog-body').replaceChildren(el('p', {}, `The rules could not be loaded: ${error.message}`));
  }
  if (!dialog.open) dialog.showModal();
}

export function rulesScreen() {
  const search = $('#rules-search');
  let shown = false;

  async function show() {
    let all;
    try {
      all = await rules();
    } catch (error) {
      $('#rules-status').textContent = `The rules could not be loaded: ${error.message}`;
      return;
    }
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const found = all.filter((rule) => {
      const haystack = [rule.id, rule.statement, rule.appliesWhen, rule.severity, ...rule.sources].join(' ').toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    $('#rules-status').textContent = `${found.length} of ${all.length} rules.`;
    $('#rules-list').replaceChildren(
      ...found.map((rule) =>
        el('article', { class: `rule-card ${rule.severity}`, 'aria-labelledby': `rule-${rule.id}` },
          el('h2', { id: `rule-${rule.id}` }, rule.id, ' ', el('span', { class: 'badge' }, rule.severity)),
          ...details(rule))),
    );
  }

  search.addEventListener('input', () => show());
  return {
    enter: () => {
      if (!shown) {
        shown = true;
        show();
      }
    },
  };
}
