import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('the script validates the preset, ranks matches with reasons and writes the report', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'node-script-')), 'report.md');
  const stdout = execFileSync('node', [new URL('./script.mjs', import.meta.url).pathname, out], { encoding: 'utf8' });
  assert.match(stdout, /^Malmöandan: 0 fel, \d+ varningar?, \d+ noteringar\.$/m);
  assert.match(stdout, /^Fritidsförvaltningen \(0\.\d\d\): Båda arbetar med unga 13–19 i Rosengård\. /m);
  assert.doesNotMatch(stdout, /Kontaktsson|Handläggare|example\.org/);
  const report = readFileSync(out, 'utf8');
  assert.match(report, /^# Årlig uppföljning 2019: Överenskommelse Malmöandan$/m);
  assert.match(report, /^- Intresseanmälningar: 3$/m);
  assert.doesNotMatch(report, /example\.org/);
});
