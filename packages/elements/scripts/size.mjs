// Size budgets (gzip), measured with size-limit on the files each budget loads: a bundle and the chunks
// it imports statically (read from the build's metafile). The chunks fetched on demand (the schema for
// `src`, the form's checks and its matching) are outside a bundle's first load, and inside "every file".
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { closure as closureOf } from '../../../scripts/bundle-closure.mjs';

const root = new URL('..', import.meta.url).pathname;
const meta = JSON.parse(readFileSync(`${root}.cdn-meta.json`, 'utf8'));
const outputs = meta.outputs;

const closure = (file) => closureOf(outputs, file);

const all = Object.keys(outputs).filter((f) => f.endsWith('.js'));
// The language packs other than Swedish: one chunk each, fetched only by a page in that language.
const packs = all.filter((f) => /^cdn\/chunks\/ui-pack-[^/]*\.js$/.test(f));
const firstLoad = new Set(closure('cdn/samverkan.js'));
const limits = [
  // 17 KB since the language packs (16 before): the list carries the language resolver (fallback chain,
  // the on-demand loader), dates written by Intl, and lang/dir marks on texts shown in another language
  // than the page's; its Swedish words are its own section only, and no other language is in it.
  // 18 KB (17 before, measured 17.55): real h1–h6 headings (one template per level), a part on every
  // control and the theming tokens in the shared styles, the visitor's short load-error words with the
  // developer's details kept apart, the area-select event the form hears, and the agreement's status line.
  // 18.5 KB (18 before, measured 18.35): a long list goes into the page a chunk per task, sized from the
  // time the last took, and lays out only the areas near the screen, so 10 000 areas no longer freeze
  // the page (issue 17; docs/benchmarks.md).
  // 18.7 KB (18.5 before, measured 18.63 against 18.40): a list of more than 120 areas stands in groups of
  // 120 that are skipped whole while off screen, so a chunk's layout no longer grows with the list, and a
  // group with nothing new is left whole, so a chunk's rendering does not either (issue 17).
  { name: 'cdn/area-list.js with the Malmö default (first load)', path: closure('cdn/area-list.js'), limit: '18.7 KB' },
  { name: 'cdn/principles.js (first load)', path: closure('cdn/principles.js'), limit: '16 KB' },
  { name: 'cdn/match-form.js with the Malmö default (first load)', path: closure('cdn/match-form.js'), limit: '23 KB' },
  // "All bundles together": what a page that loads every element with samverkan.js fetches up front.
  { name: 'cdn/samverkan.js, every element together (first load)', path: closure('cdn/samverkan.js'), limit: '28 KB' },
  // Everything published, with the chunks fetched only on demand (src, the form's checks, matching): a
  // guard against growth, not a load any page makes.
  // 51 KB (48 before): the on-demand matching chunk holds the explanation words of the five built-in
  // languages, which core's matching resolves by tag. 53 KB (51 before): the src chunk reads the model of
  // every lokal överenskommelse (regions, joining, ways of organising, plans' activities, IOPs, sources).
  // 54 KB (53 before): the area list marks the plan's name in its own language inside the pack's sentence.
  // 56 KB (54 before): the matching chunk's five languages say why a host is or is not called formally
  // constituted, an open age range and a candidate outside the sector (issue 12). 56.2 KB (56 before): the
  // area list's groups of areas (above).
  { name: 'every file in cdn/, the on-demand chunks included (language packs apart)', path: all.filter((f) => !packs.includes(f)), limit: '56.2 KB' },
  // Each language pack with what it loads beyond the first load: what a page in that language pays more.
  ...packs.map((pack) => {
    const tag = Object.keys(outputs[pack].inputs).find((i) => i.endsWith('/ui-pack.ts'))?.split('/').at(-2) ?? pack;
    // 6 KB: Arabic script takes two bytes a letter in UTF-8, so the Arabic pack is the largest.
    return { name: `language pack ${tag}, on demand`, path: closure(pack).filter((f) => !firstLoad.has(f)), limit: '6 KB' };
  }),
];
writeFileSync(`${root}.size-limit.json`, JSON.stringify(limits.map((l) => ({ ...l, gzip: true })), null, 2));
execFileSync('size-limit', process.argv.slice(2), { cwd: root, stdio: 'inherit' });
