// Överenskommelsen Göteborg through the CLI, as a strategist would use it: it validates with no error,
// and show, report and the open-data exports work on it — with no värdskap, so no "vakant" anywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSourcesCited, realAgreement } from '../real-agreement.mjs';

const { agreement, samverkan } = realAgreement(import.meta.url);

test('validates with no error, today and on the day its data is from', () => {
  for (const today of ['2026-12-01', agreement.asOf]) {
    const result = JSON.parse(samverkan('validate', 'agreement.json', '--format', 'json', '--today', today));
    assert.equal(result.ok, true);
    assert.equal(result.counts.error, 0, JSON.stringify(result.issues.filter((i) => i.severity === 'error')));
    // No hosting rule speaks about an agreement without värdskap.
    assert.ok(!result.issues.some((i) => /host/.test(i.code)), JSON.stringify(result.issues.map((i) => i.code)));
  }
});

test('every source cited by id is listed, and every listed web page has the day it was read', () => assertSourcesCited(agreement));

test('show names the kommun, the secretariat run by the sector and the forums, with no hosts and no "vakant"', () => {
  for (const [locale, forum] of [['sv', 'Forum för medskapande dialog'], ['en', 'Forum for co-creative dialogue']]) {
    const out = samverkan('show', 'agreement.json', '--locale', locale, '--today', '2026-12-01');
    assert.match(out, /Göteborgs Stad \(\D+ 1480\)/);
    assert.match(out, /GSE – Göteborgsregionens Sociala Ekonomi/);
    assert.ok(out.includes(forum), forum);
    assert.match(out, /2026-12-01|1 (december|December) 2026|December 1, 2026/);
    assert.doesNotMatch(out, /vakant|vacant/i);
  }
});

test('the yearly report and the three exports work on it, with no "vakant" and no contact person', () => {
  const report = samverkan('report', 'agreement.json', '--year', '2015');
  assert.match(report, /Överenskommelsen Göteborg/);
  assert.doesNotMatch(report, /vakant/i);
  const popolo = JSON.parse(samverkan('export', 'popolo', 'agreement.json'));
  assert.ok(JSON.stringify(popolo).includes('Göteborgsregionens Sociala Ekonomi'));
  const giving = JSON.parse(samverkan('export', '360giving', 'agreement.json'));
  assert.ok(Array.isArray(giving.grants));
  const organisations = samverkan('export', 'csv', 'agreement.json');
  assert.match(organisations, /GSE – Göteborgsregionens Sociala Ekonomi/);
  for (const out of [report, organisations, JSON.stringify(popolo)]) assert.doesNotMatch(out, /[\w.-]+@[\w-]+\.\w+|vakant/i);
});
