// The Validate screen: certificate files dropped or chosen, checked against the topology on screen.
import { call, read } from './api.js';
import { $, $$, el } from './dom.js';
import { ruleButton } from './plan.js';

export function validateScreen({ yamlText, openRule }) {
  const form = $('#validate-form');
  const input = $('#v-files');
  const zone = $('#drop-zone');
  let files = [];
  let report = null;

  function choose(list) {
    files = [...list];
    $('#v-file-list').replaceChildren(...files.map((file) => el('li', {}, `${file.name} (${file.size} bytes)`)));
  }

  input.addEventListener('change', () => choose(input.files));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    choose(event.dataTransfer.files);
  });
  $$('#report-filter input').forEach((radio) => radio.addEventListener('change', () => show()));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (files.length === 0) {
      $('#report-status').textContent = 'Choose or drop one or more certificate files first.';
      input.focus();
      return;
    }
    const body = new FormData();
    body.append('topology', new Blob([yamlText()], { type: 'application/yaml' }), 'topology.yaml');
    files.forEach((file) => body.append('certificate', file, file.name));
    [...$('#v-trust').files].forEach((file) => body.append('trust', file, file.name));
    const publicRoots = $('#v-public-roots').files[0];
    if (publicRoots) body.append('publicRoots', publicRoots, publicRoots.name);
    const password = $('#v-password').value;
    if (password) body.append('password', password);
    $('#report-status').textContent = 'Checking…';
    const answer = await read(await call('/v1/validations', { method: 'POST', body, headers: { Accept: 'application/json' } }));
    if (!answer.ok) {
      report = null;
      $('#report-filter').hidden = true;
      const errors = answer.body.errors || [];
      $('#report-status').textContent = `Not checked: ${answer.body.detail || answer.body.title}`;
      $('#report-result').replaceChildren(
        el('ul', { class: 'problems' }, errors.map((error) => el('li', {}, `${error.pointer ?? error.parameter}: ${error.message}`))),
      );
      return;
    }
    report = answer.body;
    $('#report-filter').hidden = false;
    const failed = report.certificates.filter((c) => c.verdict === 'fail').length;
    $('#report-status').textContent =
      `Verdict: ${report.verdict.toUpperCase()}. ${report.certificates.length} certificate(s), ${failed} failing.`;
    show();
  });

  function show() {
    if (!report) return;
    const wanted = $('#report-filter input:checked').value;
    $('#report-result').replaceChildren(
      ...report.certificates.map((certificate, n) => {
        const findings = certificate.findings.filter((f) => wanted === 'all' || f.status === wanted);
        const counts = ['fail', 'warn', 'pass'].map(
          (status) => `${certificate.findings.filter((f) => f.status === status).length} ${status}`,
        );
        return el(
          'article',
          { class: `card verdict-${certificate.verdict}`, 'aria-labelledby': `rep-${n}` },
          el('h3', { id: `rep-${n}` },
            el('span', { class: `badge ${certificate.verdict}` }, certificate.verdict.toUpperCase()), ' ',
            certificate.subjectName || certificate.file),
          el('p', { class: 'meta' }, `${certificate.file} · ${certificate.role} · ${counts.join(', ')}`),
          findings.length
            ? el('table', { class: 'findings' },
                el('caption', { class: 'visually-hidden' }, `Findings for ${certificate.file}`),
                el('thead', {}, el('tr', {}, ['Status', 'Rule', 'Finding'].map((h) => el('th', { scope: 'col' }, h)))),
                el('tbody', {}, findings.map((f) =>
                  el('tr', { class: `status-${f.status}` },
                    el('td', {}, el('span', { class: `badge ${f.status}` }, f.status)),
                    el('td', {}, ruleButton(f.rule, openRule)),
                    el('td', {}, f.message,
                      f.expected ? el('span', { class: 'detail' }, ` Expected: ${f.expected}.`) : null,
                      f.actual ? el('span', { class: 'detail' }, ` Found: ${f.actual}.`) : null)))))
            : el('p', {}, `No ${wanted} findings.`),
        );
      }),
    );
  }
}
