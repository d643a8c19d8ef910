// The forge files: the CI and release workflows are checked by action-validator (the GitHub workflow
// JSON schema, compiled to WebAssembly, from the npm registry; actionlint is a Go binary download), the
// issue forms by SchemaStore's issue-form schemas (vendored in scripts/schemas/, see its README), and
// both workflows must do what CONTRIBUTING.md says they do.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateWorkflow } from '@action-validator/core';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { attachSboms } from './release-assets.mjs';
import { sbomFileName } from './sbom.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const workflowDir = '.github/workflows/';
const workflows = readdirSync(new URL(workflowDir, root)).filter((f) => /\.ya?ml$/.test(f));
const steps = (wf, job) => wf.jobs[job].steps;

test('the two workflows are there', () => {
  assert.deepEqual(workflows.sort(), ['ci.yml', 'release.yml']);
});

for (const file of workflows) {
  test(`${file} is a valid GitHub workflow (action-validator)`, () => {
    const { errors } = validateWorkflow(read(workflowDir + file));
    assert.deepEqual(errors, [], JSON.stringify(errors, null, 2));
  });
}

test('action-validator does reject a broken workflow (a misspelt key, a job without steps)', () => {
  const broken = read(`${workflowDir}ci.yml`).replace('    steps:', '    step:').replace('runs-on:', 'runs_on:');
  assert.ok(validateWorkflow(broken).errors.length > 0);
});

test('CI runs the README’s test command on Node 24 with Debian’s chromium', () => {
  const ci = parseYaml(read(`${workflowDir}ci.yml`));
  assert.deepEqual(Object.keys(ci.on).sort(), ['pull_request', 'push']);
  assert.match(ci.jobs.test.container, /^node:24-/);
  const run = steps(ci, 'test').map((s) => s.run ?? '').join('\n');
  assert.match(run, /apt-get install .*chromium/);
  assert.ok(steps(ci, 'test').some((s) => s.run === 'bash scripts/dev.sh test'));
  assert.deepEqual(ci.permissions, { contents: 'read' });
});

test('the release workflow versions or publishes with changesets, with provenance, and attaches the SBOMs', () => {
  const release = parseYaml(read(`${workflowDir}release.yml`));
  assert.equal(release.permissions['id-token'], 'write');
  const action = steps(release, 'release').find((s) => s.uses?.startsWith('changesets/action@'));
  assert.ok(action, 'uses changesets/action');
  assert.equal(action.with.publish, 'bash scripts/dev.sh release');
  assert.ok(read('scripts/dev.sh').includes('= release ]'), 'dev.sh brings Node 22 for `release` too (the suite runs core on it)');
  const attach = steps(release, 'release').find((s) => s.uses?.startsWith('actions/github-script@'));
  assert.equal(attach.if, "steps.changesets.outputs.published == 'true'");
  assert.match(attach.with.script, /release-assets\.mjs/);
});

test('attachSboms uploads each published package’s SBOM to the release of its tag', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-assets-'));
  try {
    const published = [{ name: '@samverkan/core', version: '0.2.0' }, { name: '@samverkan/elements', version: '0.2.1' }];
    for (const p of published) writeFileSync(join(dir, sbomFileName(p)), `{"name":"${p.name}"}`);
    const calls = [];
    const github = {
      rest: {
        repos: {
          getReleaseByTag: async ({ owner, repo, tag }) => ({ data: { id: `${owner}/${repo}/${tag}` } }),
          uploadReleaseAsset: async (args) => calls.push({ ...args, data: args.data.toString() }),
        },
      },
    };
    const attached = await attachSboms({ github, repo: { owner: 'samverkan', repo: 'samverkan' }, published, dir });
    assert.deepEqual(attached, [
      { tag: '@samverkan/core@0.2.0', asset: 'samverkan-core-0.2.0.cdx.json' },
      { tag: '@samverkan/elements@0.2.1', asset: 'samverkan-elements-0.2.1.cdx.json' },
    ]);
    assert.deepEqual(calls.map((c) => [c.release_id, c.name, c.data]), [
      ['samverkan/samverkan/@samverkan/core@0.2.0', 'samverkan-core-0.2.0.cdx.json', '{"name":"@samverkan/core"}'],
      ['samverkan/samverkan/@samverkan/elements@0.2.1', 'samverkan-elements-0.2.1.cdx.json', '{"name":"@samverkan/elements"}'],
    ]);
    // A package whose SBOM was not written fails the step instead of releasing without it.
    await assert.rejects(attachSboms({ github, repo: { owner: 'o', repo: 'r' }, published: [{ name: '@samverkan/other', version: '1.0.0' }], dir }), /ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const schema = (file) => ajv.compile(JSON.parse(read(`scripts/schemas/${file}`)));
const issueForm = schema('github-issue-forms.json');
const issueConfig = schema('github-issue-config.json');
const templates = readdirSync(new URL('.github/ISSUE_TEMPLATE/', root));

test('issue forms: a bug, a feature, a kommun’s agreement or data correction — each valid', () => {
  const forms = templates.filter((f) => f !== 'config.yml' && f.endsWith('.yml'));
  assert.deepEqual(forms.sort(), ['agreement-correction.yml', 'bug.yml', 'feature.yml']);
  for (const file of forms) {
    const form = parseYaml(read(`.github/ISSUE_TEMPLATE/${file}`));
    assert.ok(issueForm(form), `${file}: ${ajv.errorsText(issueForm.errors)}`);
  }
  assert.ok(issueConfig(parseYaml(read('.github/ISSUE_TEMPLATE/config.yml'))), ajv.errorsText(issueConfig.errors));
  // The schema check can fail: a form without a body.
  assert.equal(issueForm({ name: 'x', description: 'y' }), false);
});

test('the bug form asks for the package, version and a reproduction, and warns about personal data', () => {
  const form = parseYaml(read('.github/ISSUE_TEMPLATE/bug.yml'));
  const ids = form.body.filter((b) => b.id).map((b) => b.id);
  for (const id of ['package', 'version', 'reproduction']) assert.ok(ids.includes(id), id);
  assert.match(JSON.stringify(form), /SECURITY\.md/);
});

test('the pull-request template asks for a changeset and the test run', () => {
  const pr = read('.github/pull_request_template.md');
  assert.match(pr, /pnpm changeset/);
  assert.match(pr, /bash scripts\/dev\.sh test/);
});
