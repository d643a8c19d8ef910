// Subresource Integrity for the files a page loads from a CDN: computes the sha384 of each entry file in
// cdn/ (writing cdn/integrity.json beside them) and prints the table and a versioned script tag into the
// webmaster guides, between their `<!-- sri -->` markers. Run by the build, so the guides always carry the
// hashes of what was built; scripts/manifest.test.mjs checks them against the files.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
export const ENTRIES = ['samverkan.js', 'area-list.js', 'principles.js', 'match-form.js', 'samverkan.css'];

/** The integrity value of a file's bytes, as the `integrity` attribute wants it. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const hashes = Object.fromEntries(ENTRIES.map((f) => [f, integrity(readFileSync(new URL(`cdn/${f}`, root)))]));
writeFileSync(new URL('cdn/integrity.json', root), `${JSON.stringify({ version: pkg.version, files: hashes }, null, 2)}\n`);

const base = `https://<cdn>/${pkg.name}@${pkg.version}/cdn/`;
const block = (lang) => {
  const rows = ENTRIES.map((f) => `| \`cdn/${f}\` | \`${hashes[f]}\` |`).join('\n');
  const head = lang === 'sv' ? '| fil | integrity |' : '| file | integrity |';
  return `<!-- sri -->
\`\`\`text
<script type="module" src="${base}samverkan.js" integrity="${hashes['samverkan.js']}" crossorigin="anonymous"></script>
\`\`\`

${head}
|---|---|
${rows}
<!-- /sri -->`;
};
for (const [file, lang] of [
  ['webmaster.md', 'en'],
  ['webbredaktor.md', 'sv'],
]) {
  const url = new URL(`../../docs/guides/${file}`, root);
  const text = readFileSync(url, 'utf8');
  const next = text.replace(/<!-- sri -->[\s\S]*?<!-- \/sri -->/, block(lang));
  if (next !== text) writeFileSync(url, next);
}
