// Attaches each published package's SBOM (written by scripts/sbom.mjs during `pnpm release`) to the
// GitHub release changesets/action created for it. Called by .github/workflows/release.yml through
// actions/github-script, which passes its authenticated Octokit client as `github`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sbomFileName } from './sbom.mjs';

/**
 * Uploads `sbom/<package>-<version>.cdx.json` to the release tagged `<name>@<version>` (the tag
 * `changeset publish` creates), for each package changesets/action reports as published.
 * Returns what it attached, as `{ tag, asset }`.
 * @example await attachSboms({ github, repo: context.repo, published: [{ name: '@samverkan/core', version: '0.2.0' }] })
 */
export async function attachSboms({ github, repo, published, dir = 'sbom' }) {
  const attached = [];
  for (const { name, version } of published) {
    const tag = `${name}@${version}`;
    const asset = sbomFileName({ name, version });
    const data = readFileSync(join(dir, asset));
    const { data: release } = await github.rest.repos.getReleaseByTag({ ...repo, tag });
    await github.rest.repos.uploadReleaseAsset({ ...repo, release_id: release.id, name: asset, data, headers: { 'content-type': 'application/vnd.cyclonedx+json' } });
    attached.push({ tag, asset });
  }
  return attached;
}
