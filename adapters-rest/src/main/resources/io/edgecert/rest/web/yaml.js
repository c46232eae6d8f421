// A small YAML subset, enough for a topology file, written for this page (no dependency).
// Reads: block mappings and sequences by indentation, flow sequences [a, b] and flow mappings
// {a: b}, plain, 'single' and "double" quoted scalars, comments, one optional "---".
// Scalars: true and false are booleans, whole numbers are numbers, null, ~ and an empty value are
// null, anything else a string (yes/no/on/off stay strings, as edgecert's own reader has it).
// The server remains the judge: this reader only feeds the form, and its errors name the line.

export class YamlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

/** Parses YAML text into plain objects, arrays and scalars; throws YamlError. */
export function parse(text) {
  const lines = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const content = stripComment(raw);
    if (content.trim() === '' || (lines.length === 0 && content.trim() === '---')) {
      return;
    }
    if (content.trim() === '---' || content.trim() === '...') {
      throw new YamlError('only one document is allowed', index + 1);
    }
    if (/^\s*\t/.test(raw)) {
      throw new YamlError('tabs cannot indent YAML', index + 1);
    }
    lines.push({ indent: raw.search(/\S/), text: content.trim(), number: index + 1 });
  });
  if (lines.length === 0) {
    return null;
  }
  const state = { lines, at: 0 };
  const value = block(state, lines[0].indent);
  if (state.at < lines.length) {
    throw new YamlError('unexpected indentation', lines[state.at].number);
  }
  return value;
}

function block(state, indent) {
  const first = state.lines[state.at];
  return first.text.startsWith('- ') || first.text === '-'
    ? sequence(state, indent)
    : mapping(state, indent);
}

function sequence(state, indent) {
  const items = [];
  while (state.at < state.lines.length) {
    const line = state.lines[state.at];
    if (line.indent < indent) break;
    if (line.indent > indent || !(line.text.startsWith('- ') || line.text === '-')) {
      throw new YamlError('expected "- " at this indentation', line.number);
    }
    const rest = line.text.slice(1).trim();
    state.at++;
    if (rest === '') {
      items.push(nested(state, indent, line.number));
    } else if (keyOf(rest, line.number)) {
      // "- key: value" starts a mapping whose keys sit two columns further in
      const inner = indent + line.text.length - line.text.slice(1).trimStart().length;
      state.lines.splice(state.at, 0, { indent: inner, text: rest, number: line.number });
      items.push(mapping(state, inner));
    } else {
      items.push(scalarOrFlow(rest, line.number));
    }
  }
  return items;
}

function mapping(state, indent) {
  const object = {};
  while (state.at < state.lines.length) {
    const line = state.lines[state.at];
    if (line.indent < indent) break;
    if (line.indent > indent) throw new YamlError('unexpected indentation', line.number);
    const pair = keyOf(line.text, line.number);
    if (!pair) throw new YamlError('expected "key: value"', line.number);
    if (Object.prototype.hasOwnProperty.call(object, pair.key)) {
      throw new YamlError(`duplicate key "${pair.key}"`, line.number);
    }
    state.at++;
    object[pair.key] =
      pair.value === '' ? nested(state, indent, line.number, true) : scalarOrFlow(pair.value, line.number);
  }
  return object;
}

function nested(state, indent, number, sequenceMayAlign) {
  const next = state.lines[state.at];
  if (!next) return null;
  const aligned = sequenceMayAlign && next.indent === indent && next.text.startsWith('-');
  if (next.indent > indent || aligned) {
    return block(state, next.indent);
  }
  return null;
}

function keyOf(text, number) {
  let key;
  let rest;
  if (text.startsWith('"') || text.startsWith("'")) {
    const end = closingQuote(text, number);
    key = scalar(text.slice(0, end + 1), number);
    rest = text.slice(end + 1);
    if (!rest.startsWith(':')) return null;
  } else {
    const match = /^([^:[\]{},#&*!|>'"%@`][^:]*?)\s*:(\s|$)/.exec(text);
    if (!match) return null;
    key = match[1];
    rest = text.slice(match[1].length).trimStart();
  }
  return { key: String(key), value: rest.slice(1).trim() };
}

function closingQuote(text, number) {
  const quote = text[0];
  for (let i = 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++;
    } else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
      } else {
        return i;
      }
    }
  }
  throw new YamlError('a quoted string is not closed', number);
}

function scalarOrFlow(text, number) {
  if (text.startsWith('[') || text.startsWith('{')) {
    const reader = { text, at: 0, number };
    const value = flow(reader);
    skipSpaces(reader);
    if (reader.at < text.length) throw new YamlError('unexpected text after the value', number);
    return value;
  }
  if (/^[&*!|>]/.test(text)) {
    throw new YamlError('anchors, aliases, tags and block scalars are not supported', number);
  }
  return scalar(text, number);
}

function flow(reader) {
  skipSpaces(reader);
  const open = reader.text[reader.at];
  if (open === '[' || open === '{') {
    reader.at++;
    const list = open === '[' ? [] : {};
    const close = open === '[' ? ']' : '}';
    skipSpaces(reader);
    if (reader.text[reader.at] === close) {
      reader.at++;
      return list;
    }
    for (;;) {
      if (open === '[') {
        list.push(flow(reader));
      } else {
        const key = flowToken(reader, true);
        skipSpaces(reader);
        if (reader.text[reader.at] !== ':') throw new YamlError('expected ":" in {...}', reader.number);
        reader.at++;
        list[String(key)] = flow(reader);
      }
      skipSpaces(reader);
      const next = reader.text[reader.at++];
      if (next === close) return list;
      if (next !== ',') throw new YamlError(`expected "," or "${close}"`, reader.number);
    }
  }
  return flowToken(reader, false);
}

function flowToken(reader, isKey) {
  skipSpaces(reader);
  const rest = reader.text.slice(reader.at);
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const end = closingQuote(rest, reader.number);
    reader.at += end + 1;
    return scalar(rest.slice(0, end + 1), reader.number);
  }
  const match = (isKey ? /^[^,:[\]{}]*/ : /^[^,[\]{}]*/).exec(rest);
  reader.at += match[0].length;
  return scalar(match[0].trim(), reader.number);
}

function skipSpaces(reader) {
  while (reader.text[reader.at] === ' ') reader.at++;
}

function scalar(text, number) {
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text);
    } catch {
      throw new YamlError('a double-quoted string is not valid', number);
    }
  }
  if (text.startsWith("'")) {
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') {
    return null;
  }
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?\d+$/.test(text)) return Number(text);
  return text;
}

function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:-]/.test(line[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return line.slice(0, i);
    }
  }
  return line;
}

/** Writes plain data as block YAML; short lists of scalars go on one line as [a, b]. */
export function stringify(value) {
  return write(value, 0).join('\n') + '\n';
}

function write(value, indent) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${pad}- ${quote(item)}`];
      const inner = write(item, indent + 2);
      return [`${pad}- ${inner[0].trimStart()}`, ...inner.slice(1)];
    });
  }
  return Object.entries(value).flatMap(([key, item]) => {
    if (isScalar(item)) return [`${pad}${key}: ${quote(item)}`];
    if (Array.isArray(item) && item.every(isScalar)) {
      return [`${pad}${key}: [${item.map(quote).join(', ')}]`];
    }
    if (!Array.isArray(item) && Object.keys(item).length === 0) return [`${pad}${key}: {}`];
    return [`${pad}${key}:`, ...write(item, indent + 2)];
  });
}

function isScalar(value) {
  return value === null || typeof value !== 'object';
}

function quote(value) {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  const plain =
    /^[A-Za-z0-9_./*-][A-Za-z0-9_ ./*-]*$/.test(value) &&
    !/^(true|false|null|~|-?\d+)$/i.test(value) &&
    !/\s$/.test(value) &&
    !value.startsWith('- ') &&
    !value.startsWith('*');
  return plain ? value : JSON.stringify(value);
}
