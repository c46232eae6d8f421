// The topology form: every field carries the JSON pointer of its key (data-pointer), so the form
// reads and writes a plain topology object and server errors find their field by pointer.
import { $, $$, el } from './dom.js';

export const EXAMPLE = `# S02, Gg398519: single consolidated Edge Server with NAT
version: 1
product: lync-2013
sipDomains: [contoso.com, fabrikam.com]
edge:
  layout: single
  addressing: nat
  accessEdge: sip.contoso.com
  webConferencingEdge: webcon.contoso.com
  avEdge: av.contoso.com
  internal: lsedge.contoso.net
federation:
  sip: true
`;

export const EMPTY = 'version: 1\n';

/** Reads a value at an RFC 6901 pointer, or undefined. */
export function get(object, pointer) {
  return pointer
    .split('/')
    .slice(1)
    .reduce((node, key) => (node && typeof node === 'object' ? node[unescape(key)] : undefined), object);
}

/** Sets (or with an empty value deletes) the value at a pointer; empty parents are removed. */
export function set(object, pointer, value) {
  const keys = pointer.split('/').slice(1).map(unescape);
  const parents = [object];
  let node = object;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
    parents.push(node);
  }
  const last = keys[keys.length - 1];
  if (isEmpty(value)) delete node[last];
  else node[last] = value;
  for (let i = keys.length - 1; i > 0; i--) {
    if (isEmpty(parents[i])) delete parents[i - 1][keys[i - 1]];
  }
}

function isEmpty(value) {
  return (
    value === undefined ||
    value === '' ||
    value === null ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

function unescape(key) {
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Connects the form: `onEdit(pointer, value)` is called for every change a person makes. */
export function bind(form, onEdit) {
  form.addEventListener('input', (event) => edited(event.target, onEdit));
  form.addEventListener('change', (event) => edited(event.target, onEdit));
  form.addEventListener('submit', (event) => event.preventDefault());
}

function edited(target, onEdit) {
  if (target.dataset.set) {
    const values = $$(`[data-set="${target.dataset.set}"]`)
      .filter((box) => box.checked)
      .map((box) => box.value);
    onEdit(target.dataset.set, values);
  } else if (target.dataset.item) {
    const list = target.closest('[data-list]');
    onEdit(list.dataset.list, listValues(list));
  } else if (target.dataset.pointer) {
    onEdit(target.dataset.pointer, valueOf(target));
  }
}

function valueOf(input) {
  if (input.type === 'checkbox') return input.checked ? true : undefined;
  const text = input.value.trim();
  if (input.dataset.type === 'integer' && /^\d+$/.test(text)) return Number(text);
  return text;
}

function listValues(list) {
  return $$('input[data-item]', list)
    .map((input) => input.value.trim())
    .filter((value) => value !== '');
}

/** Shows `topology` in the form (lists get one input per item and an empty one to add). */
export function fill(form, topology) {
  for (const input of $$('[data-pointer]', form)) {
    if (input.matches('fieldset, .list')) continue;
    const value = get(topology, input.dataset.pointer);
    if (input.type === 'checkbox') input.checked = value === true;
    else if (input.tagName === 'SELECT') {
      const known = [...input.options].some((option) => option.value === value);
      input.value = known ? value : '';
    } else if (document.activeElement !== input) input.value = value === undefined || value === null ? '' : String(value);
  }
  for (const box of $$('[data-set]', form)) {
    const values = get(topology, box.dataset.set);
    box.checked = Array.isArray(values) && values.includes(box.value);
  }
  for (const list of $$('[data-list]', form)) {
    const values = get(topology, list.dataset.list);
    renderList(list, Array.isArray(values) ? values : []);
  }
}

function renderList(list, values) {
  const focused = document.activeElement;
  if (focused && list.contains(focused) && focused.dataset.item !== undefined) {
    return; // the person is typing in this list: it already shows what they typed
  }
  $$('.item, .add', list).forEach((node) => node.remove());
  values.forEach((value, index) => list.append(item(list, index, value)));
  const add = el(
    'button',
    { type: 'button', class: 'add secondary', onclick: () => addItem(list) },
    `Add ${list.dataset.label}`,
  );
  list.append(add);
}

function item(list, index, value) {
  const id = `i-${list.dataset.list.replace(/\W/g, '-')}-${index}`;
  const name = list.dataset.label;
  const label = `${name[0].toUpperCase()}${name.slice(1)} ${index + 1}`;
  const input = el('input', {
    id,
    value: value === null ? '' : String(value),
    'data-item': String(index),
    'data-pointer': `${list.dataset.list}/${index}`,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const remove = el(
    'button',
    {
      type: 'button',
      class: 'remove secondary',
      'aria-label': `Remove ${name} ${index + 1}`,
      onclick: (event) => removeItem(list, event.currentTarget.closest('.item')),
    },
    'Remove',
  );
  return el('div', { class: 'item' }, el('label', { for: id, class: 'visually-hidden' }, label), input, remove);
}

function addItem(list) {
  const index = $$('.item', list).length;
  const row = item(list, index, '');
  $('.add', list).before(row);
  $('input', row).focus();
}

function removeItem(list, row) {
  const index = $$('.item', list).indexOf(row);
  row.remove();
  $$('.item', list).forEach((other, i) => {
    const input = $('input', other);
    input.dataset.item = String(i);
    input.dataset.pointer = `${list.dataset.list}/${i}`;
  });
  const values = listValues(list);
  list.dispatchEvent(new CustomEvent('list-edit', { bubbles: true, detail: { pointer: list.dataset.list, values } }));
  const next = $$('.item input', list)[index] || $('.add', list);
  next.focus();
}

/** Marks the fields named by a problem's errors[]; returns the errors that found no field. */
export function showErrors(form, errors) {
  clearErrors(form);
  const unplaced = [];
  errors.forEach((error, n) => {
    const target = fieldFor(form, error.pointer || '');
    if (!target) {
      unplaced.push(error);
      return;
    }
    const id = `err-${n}`;
    const message = el('p', { class: 'field-error', id }, error.message);
    const holder = target.matches('fieldset, .list') ? target : target.closest('.field, .item') || target;
    if (holder.matches('fieldset')) $('legend', holder).after(message);
    else holder.append(message);
    const input = target.matches('input, select, textarea') ? target : null;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const described = input.getAttribute('aria-describedby');
      input.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
    }
  });
  return unplaced;
}

export function clearErrors(form) {
  $$('.field-error', form).forEach((node) => node.remove());
  for (const input of $$('[aria-invalid]', form)) {
    input.removeAttribute('aria-invalid');
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('err-'));
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
  }
}

/** The field for a pointer, or the closest enclosing one (/edge/acessEdge -> the Edge fieldset). */
export function fieldFor(form, pointer) {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = $$('[data-pointer]', form).find((node) => node.dataset.pointer === p);
    if (found) return found;
    if (p === '') return null;
  }
}
