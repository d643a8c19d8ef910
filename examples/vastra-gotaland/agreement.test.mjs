// Västra Götalandsregionen's agreement through the CLI: a region (länskod 14) validates with no error,
// and show, report and the open-data exports work on it, naming regionstyrelsen, never kommunstyrelsen.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertSourcesCited, realAgreement } from '../real-agreement.mjs';

const { agreement, samverkan } = realAgreement(import.meta.url);
const dir = fileURLToPath(new URL('.', import.meta.url));
const cli = fileURLToPath(new URL('../../packages/core/bin/samverkan.js', import.meta.url));

test('validates with no error as a region, today and on the day its data is from', () => {
  for (const today of ['2026-12-01', agreement.asOf]) {
    const result = JSON.parse(samverkan('validate', 'agreement.json', '--format', 'json', '--today', today));
    assert.equal(result.ok, true);
    assert.equal(result.counts.error, 0, JSON.stringify(result.issues.filter((i) => i.severity === 'error')));
    assert.ok(!result.issues.some((i) => /host/.test(i.code)), JSON.stringify(result.issues.map((i) => i.code)));
    // The messages name the region's executive board.
    assert.doesNotMatch(JSON.stringify(result.issues), /kommunstyrelse/i);
  }
});

test('a wrong länskod is refused', () => {
  const r = spawnSync(process.execPath, [cli, 'validate', '-', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    input: JSON.stringify({ ...agreement, municipality: { ...agreement.municipality, code: '16' } }),
  });
  assert.equal(r.status, 1);
  assert.ok(JSON.parse(r.stdout).counts.error > 0);
});

test('every source cited by id is listed, and every listed web page has the day it was read', () => assertSourcesCited(agreement));

test('show names the region, its board, the forum of five and five, and the plan in force, with no "vakant"', () => {
  const areas = { sv: 'Höja kunskapen om parternas förutsättningar och villkor', en: "Raise knowledge of the parties' conditions" };
  for (const locale of ['sv', 'en']) {
    const out = samverkan('show', 'agreement.json', '--locale', locale, '--today', '2026-12-01');
    assert.match(out, /Västra Götalandsregionen \(\D+ 14\)/);
    assert.match(out, /RÖS\)\D*10\D+6\D/);
    assert.ok(out.includes(areas[locale]), areas[locale]);
    assert.match(out, /2024-05-01|1 (maj|May) 2024|May 1, 2024/);
    assert.doesNotMatch(out, /vakant|vacant|kommunstyrelse/i);
    // The public side is the region, not a kommun.
    assert.match(out, locale === 'sv' ? /Västra Götalandsregionen \(regionen\)/ : /Västra Götalandsregionen \(region\)/);
    assert.doesNotMatch(out, /\((kommunen|municipality)\)/);
  }
});

test('the yearly report and the three exports work on it, with no "vakant" and no contact person', () => {
  const report = samverkan('report', 'agreement.json', '--year', '2024');
  assert.match(report, /Västra Götalandsregionen/);
  assert.doesNotMatch(report, /vakant|kommunstyrelse/i);
  const popolo = JSON.parse(samverkan('export', 'popolo', 'agreement.json'));
  assert.ok(JSON.stringify(popolo).includes('Västra Götalands bildningsförbund'));
  const giving = JSON.parse(samverkan('export', '360giving', 'agreement.json'));
  assert.ok(Array.isArray(giving.grants));
  const organisations = samverkan('export', 'csv', 'agreement.json');
  assert.match(organisations, /Västra Götalands bildningsförbund/);
  for (const out of [report, organisations, JSON.stringify(popolo)]) assert.doesNotMatch(out, /[\w.-]+@[\w-]+\.\w+|vakant/i);
});
