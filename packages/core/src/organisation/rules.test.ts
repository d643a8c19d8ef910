import { describe, expect, it } from 'vitest';
import { codes, hostedArea, issuesOf, malmoCopy } from '../../test/rules-helper.js';
import { SIGNATORY_LINES } from '../presets/malmo/signatories.js';

describe('rule metaorganisation-members (seed 000: members are organisations)', () => {
  it('passes a metaorganisation whose members are organisations', () => {
    const a = malmoCopy();
    a.organisations.find((o) => o.id === 'miso')!.metaorganisation!.members = ['kvarnby-ik', 'friskis-och-svettis-i-malmo'];
    expect(issuesOf('metaorganisation-members', a)).toEqual([]);
  });

  it('refuses a metaorganisation listing itself or a department as a member', () => {
    const a = malmoCopy();
    a.organisations.find((o) => o.id === 'miso')!.metaorganisation!.members = ['miso', 'fritidsforvaltningen'];
    const issues = issuesOf('metaorganisation-members', a);
    expect(issues.map((i) => i.params.reason)).toEqual(['self', 'department']);
    expect(issues[1]!.message).toContain('anger förvaltningen ”fritidsforvaltningen” som medlem');
  });
});

describe('rule duplicate-organisations (seed 000 lists Bilda Sydväst twice)', () => {
  it('passes the preset, which lists each organisation once', () => {
    expect(issuesOf('duplicate-organisations', malmoCopy())).toEqual([]);
  });

  it('reports the raw signatory list’s repeat with both paths', () => {
    const a = malmoCopy();
    a.organisations = SIGNATORY_LINES.map((name, i) => ({ id: `org-${i}`, name }));
    const issues = issuesOf('duplicate-organisations', a);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'duplicate_organisation', path: ['organisations', 27], params: { other: 'organisations[3]', by: 'name' } });
    expect(issues[0]!.message).toContain('”Studieförbundet Bilda Sydväst” finns redan som ”Studieförbundet Bilda Sydväst” (organisations[3]) med samma namn');
  });

  it('reports names that differ only in case, spacing and punctuation, and a shared organisationsnummer', () => {
    const a = malmoCopy();
    a.organisations.push({ id: 'kvarnby-2', name: 'KVARNBY  IK.' });
    a.organisations[0]!.organisationNumber = '802000-0009';
    a.organisations.push({ id: 'annan', name: 'Annat namn', organisationNumber: '8020000009' });
    const issues = issuesOf('duplicate-organisations', a);
    expect(issues.map((i) => i.params.by)).toEqual(['name', 'organisation_number']);
  });
});

describe('rule informal-scope (seed 004: informal groups are outside the agreement)', () => {
  it('passes an informal group that only takes part in a collaboration', () => {
    const a = malmoCopy();
    a.organisations.push({ id: 'natverk', name: 'Nätverket', legalForm: 'informal-group' });
    a.collaborations[0]!.partners.push({ kind: 'organisation', ref: 'natverk' });
    expect(issuesOf('informal-scope', a)).toEqual([]);
  });

  it('refuses an informal group as a joined organisation or a party', () => {
    const a = malmoCopy();
    a.organisations.push({ id: 'natverk', name: 'Nätverket', legalForm: 'informal-group' });
    a.joined!.push({ organisation: 'natverk', date: '2018-01-01', how: 'application' });
    a.parties[1]!.organisation = 'natverk';
    const issues = issuesOf('informal-scope', a);
    expect(codes(issues)).toEqual(['informal_joined', 'informal_party']);
    expect(issues[0]!.path).toEqual(['joined', 32, 'organisation']);
  });
});

describe('rule organisation-number', () => {
  it('passes valid numbers that agree with the legal form, and Malmö stad’s own', () => {
    const a = malmoCopy();
    Object.assign(a.organisations[0]!, { organisationNumber: '802000-0009', legalForm: 'non-profit-association' });
    expect(issuesOf('organisation-number', a)).toEqual([]);
  });

  it('reports a wrong check digit, a personnummer and a number of the wrong legal-form group', () => {
    const a = malmoCopy();
    a.organisations[0]!.organisationNumber = '802000-0008';
    a.organisations[1]!.organisationNumber = '900101-2385';
    Object.assign(a.organisations[2]!, { organisationNumber: '556000-0001', legalForm: 'non-profit-association' });
    const issues = issuesOf('organisation-number', a);
    expect(issues.map((i) => [i.code, i.params.reason ?? i.params.group])).toEqual([
      ['organisation_number_invalid', 'checksum'],
      ['organisation_number_invalid', 'personnummer'],
      ['organisation_number_legal_form', 5],
    ]);
    expect(issues[1]!.message).toContain('det ser ut som ett personnummer');
    expect(issues[2]!.message).toContain('börjar på 5, men en ideell förening har nummer som börjar på 8');
  });

  it('reports a municipality whose own number is not in group 2', () => {
    const a = malmoCopy();
    a.municipality.organisationNumber = '802000-0009';
    expect(issuesOf('organisation-number', a)).toMatchObject([{ code: 'organisation_number_legal_form', path: ['municipality', 'organisationNumber'] }]);
  });
});

describe('rule geography (seed 004: organisations active in the municipality)', () => {
  it('passes when no joined organisation, host or grant recipient is marked as active elsewhere', () => {
    const a = malmoCopy();
    a.organisations.push({ id: 'lundaforening', name: 'Lundaföreningen', activeInMunicipality: false });
    expect(issuesOf('geography', a)).toEqual([]);
  });

  it('warns about a joined organisation or host marked as not active in the municipality', () => {
    const a = malmoCopy();
    a.organisations.find((o) => o.id === 'kvarnby-ik')!.activeInMunicipality = false;
    hostedArea(a);
    a.organisations.find((o) => o.id === 'miso')!.activeInMunicipality = false;
    const issues = issuesOf('geography', a);
    expect(issues.map((i) => i.params.role)).toEqual(['host', 'joined']);
    expect(issues[1]!.message).toContain('”Kvarnby IK” är markerad som inte verksam i Malmö stad, men är ansluten');
  });
});
