// Uppsala's LÖK through the CLI: a five-year revision cycle and a yearly conference as data; it validates
// with no error, the validator knows when the next revision was due, and show, report and the open-data
// exports work on it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSourcesCited, realAgreement } from '../real-agreement.mjs';

const { agreement, samverkan } = realAgreement(import.meta.url);

const validate = (today) => JSON.parse(samverkan('validate', 'agreement.json', '--format', 'json', '--today', today));

test('validates with no error, today and on the day its data is from', () => {
  for (const today of ['2026-12-01', agreement.asOf]) {
    const result = validate(today);
    assert.equal(result.ok, true);
    assert.equal(result.counts.error, 0, JSON.stringify(result.issues.filter((i) => i.severity === 'error')));
    assert.ok(!result.issues.some((i) => /host/.test(i.code)), JSON.stringify(result.issues.map((i) => i.code)));
  }
});

test('the five-year revision cycle is read from the data: due in 2023, overdue after, not before', () => {
  const overdue = (today) => validate(today).issues.filter((i) => i.code === 'revision_overdue');
  assert.equal(overdue('2023-05-01').length, 0);
  const late = overdue('2023-06-01');
  assert.equal(late.length, 1);
  assert.match(late[0].message, /2023-05-28|28 (maj|May) 2023|May 28, 2023/);
});

test('every source cited by id is listed, and every listed web page has the day it was read', () => assertSourcesCited(agreement));

test('show names the kommun and the yearly dialogue conference, with no hosts and no "vakant"', () => {
  for (const locale of ['sv', 'en']) {
    const out = samverkan('show', 'agreement.json', '--locale', locale, '--today', '2023-09-01');
    assert.match(out, /Uppsala kommun \(\D+ 0380\)/);
    assert.match(out, /Dialogkonferens|Dialogue conference/);
    assert.match(out, /2023-09-01|1 (september|September) 2023|September 1, 2023/);
    assert.doesNotMatch(out, /vakant|vacant/i);
  }
});

test('the yearly report and the three exports work on it, with no "vakant" and no contact person', () => {
  const report = samverkan('report', 'agreement.json', '--year', '2022');
  assert.match(report, /Lokal överenskommelse mellan Uppsala kommun och föreningslivet/);
  assert.doesNotMatch(report, /vakant/i);
  const popolo = JSON.parse(samverkan('export', 'popolo', 'agreement.json'));
  assert.ok(JSON.stringify(popolo).includes('Funktionsrätt Uppsala'));
  const giving = JSON.parse(samverkan('export', '360giving', 'agreement.json'));
  assert.ok(Array.isArray(giving.grants));
  const organisations = samverkan('export', 'csv', 'agreement.json');
  assert.match(organisations, /Funktionsrätt Uppsala/);
  for (const out of [report, organisations, JSON.stringify(popolo)]) assert.doesNotMatch(out, /[\w.-]+@[\w-]+\.\w+|vakant/i);
});
