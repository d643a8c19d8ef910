#!/usr/bin/env node
// A developer's first hour with @samverkan/core: load the Malmöandan preset, validate it, rank matches
// for an interest, and write the yearly follow-up as Markdown. Run: node examples/node-script/script.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { rankMatches, readInterests, reportToMarkdown, validateAgreement, yearlyReport } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const here = (file) => new URL(file, import.meta.url);

// 1. Validate: the schema, then the agreement's rules, on a given day.
const validation = validateAgreement(malmo, { today: '2019-12-31' });
console.log(`Malmöandan: ${validation.counts.error} fel, ${validation.counts.warning} varningar, ${validation.counts.info} noteringar.`);

// 2. Read interests; a broken one is reported and left out, the rest are kept.
const { interests, issues } = readInterests(JSON.parse(readFileSync(here('./interests.json'), 'utf8')));
for (const issue of issues) console.error(`${issue.params.path}: ${issue.message}`);

// 3. Rank matches for one interest, with the reasons in words and no one's contact details.
const asker = interests.find((i) => i.id === 'laxhjalpen');
for (const match of rankMatches(asker, interests, { agreement: malmo })) {
  console.log(`${match.name} (${match.score.toFixed(2)}): ${match.explanation.join(' ')}`);
}

// 4. The yearly follow-up for the kommunstyrelsen, as Markdown.
const report = yearlyReport(malmo, { year: 2019, interests });
const out = process.argv[2] ?? 'uppfoljning-2019.md';
writeFileSync(out, reportToMarkdown(report));
console.log(`Årlig uppföljning skriven till ${out}.`);
