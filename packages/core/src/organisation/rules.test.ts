import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrganisationNumber } from '../organisation-number/organisation-number.js';
import { normaliseOrganisationName, organisationNameKey } from './organisation.js';
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

describe('rule duplicate-organisations on many organisations', () => {
  // The rule as it read before it looked names up by number: one map from the normalised name.
  const reference = (organisations: { name: string; organisationNumber?: string }[]) => {
    const found: string[] = [];
    const byNumber = new Map<string, number>();
    const byName = new Map<string, number>();
    organisations.forEach((org, i) => {
      const parsed = org.organisationNumber ? parseOrganisationNumber(org.organisationNumber) : undefined;
      const number = parsed?.ok ? parsed.number.value : undefined;
      const name = normaliseOrganisationName(org.name);
      const earlier = (number !== undefined ? byNumber.get(number) : undefined) ?? byName.get(name);
      if (earlier !== undefined) found.push(`${i} ${earlier} ${number !== undefined && byNumber.get(number) === earlier ? 'organisation_number' : 'name'}`);
      if (number !== undefined && !byNumber.has(number)) byNumber.set(number, i);
      if (!byName.has(name)) byName.set(name, i);
    });
    return found;
  };
  const reported = (organisations: { name: string; organisationNumber?: string }[]) => {
    const a = malmoCopy();
    a.organisations = organisations.map((o, i) => ({ id: `org-${i}`, ...o }));
    return issuesOf('duplicate-organisations', a).map((i) => `${i.path[1]} ${String(i.params.other).slice(14, -1)} ${i.params.by}`);
  };

  it('reports the same organisations as one map of normalised names would, whatever the names and numbers', () => {
    const name = fc.constantFrom('Kvarnby IK', 'KVARNBY  IK.', 'kvarnby-ik', 'Föreningen Ett', 'föreningen ett', 'Ålderns Vänner', 'Alderns Vänner', 'Ἀθῆναι', 'ἀθῆναι', 'ΣΊΣΥΦΟΣ', 'İzmir', 'i̇zmir', 'Å', 'Å');
    const number = fc.constantFrom(undefined, '802000-0009', '8020000009', '212000-1124', '802000-0008');
    fc.assert(
      fc.property(fc.array(fc.record({ name, organisationNumber: number }, { requiredKeys: ['name'] }), { maxLength: 14 }), (list) => {
        const organisations = list.map(({ name, organisationNumber }) => (organisationNumber === undefined ? { name } : { name, organisationNumber }));
        expect(reported(organisations)).toEqual(reference(organisations));
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart two names whose numbers happen to be the same', () => {
    // Find two names with the same 30-bit number among generated ones (a birthday search).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const name = `Förening ${i}`;
      const other = seen.get(organisationNameKey(name));
      if (other !== undefined) pair = [other, name];
      else seen.set(organisationNameKey(name), name);
    }
    const [first, second] = pair;
    expect(normaliseOrganisationName(first)).not.toBe(normaliseOrganisationName(second));
    const organisations = [{ name: first }, { name: second }, { name: second.toUpperCase() }, { name: `${first}.` }];
    expect(reported(organisations)).toEqual(['2 1 name', '3 0 name']);
  });

  it('gives names that normalise alike the same number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (name) => organisationNameKey(name) === organisationNameKey(normaliseOrganisationName(name))),
      { numRuns: 1000 },
    );
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

  it('looks at the first organisation with an id only, as every rule does, and reports in the list’s order', () => {
    const a = malmoCopy();
    const kvarnby = a.organisations.findIndex((o) => o.id === 'kvarnby-ik');
    // A second entry with Kvarnby's id (unique-ids reports it), marked as active elsewhere: not this rule's.
    a.organisations.push({ id: 'kvarnby-ik', name: 'Kvarnby IK i Lund', activeInMunicipality: false });
    expect(issuesOf('geography', a)).toEqual([]);
    a.organisations[kvarnby]!.activeInMunicipality = false;
    a.organisations.unshift({ id: 'lundaforening', name: 'Lundaföreningen', activeInMunicipality: false });
    // Joined after Kvarnby, listed before it.
    a.joined = [...a.joined!, { ...a.joined!.find((j) => j.organisation === 'kvarnby-ik')!, organisation: 'lundaforening' }];
    const issues = issuesOf('geography', a);
    expect(issues.map((i) => [i.path[1], i.params.name])).toEqual([
      [0, 'Lundaföreningen'],
      [kvarnby + 1, 'Kvarnby IK'],
    ]);
  });
});
