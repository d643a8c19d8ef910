import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codes, hostedMalmo, issuesOf, malmoCopy } from '../../test/rules-helper.js';
import { defineAgreement } from './define.js';
import { validateAgreement } from '../validate/validate.js';

describe('rule unique-ids', () => {
  it('passes the preset, where every id is used once', () => {
    expect(issuesOf('unique-ids', malmoCopy())).toEqual([]);
  });

  it('reports an id used twice in a list, and an organisation sharing an id with a department', () => {
    const a = malmoCopy();
    a.plans[0]!.areas[4]!.id = 'ungas-halsa-och-livsstil';
    a.organisations[0]!.id = 'fritidsforvaltningen';
    const issues = issuesOf('unique-ids', a);
    expect(issues.map((i) => [i.code, i.path.join('.'), i.params.other])).toEqual([
      ['duplicate_id', 'plans.0.areas.4.id', 'plans[0].areas[0]'],
      ['duplicate_id', 'organisations.0.id', 'departments[0]'],
    ]);
    expect(issues[0]!.message).toBe('Området ”Nya vägar till arbete och aktivitet”: id:t ”ungas-halsa-och-livsstil” används redan av plans[0].areas[0]. Ge varje post ett eget id.');
  });
});

describe('rule unique-ids on many organisations', () => {
  it('reports each organisation whose id the board, a department or an earlier organisation has, in the order of the list', () => {
    const base = malmoCopy();
    const board = base.municipality.executiveBoard.id;
    const pool = [board, base.departments[0]!.id, base.departments[1]!.id, 'forening-a', 'forening-b', 'forening-c', base.organisations[1]!.id];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), (ids) => {
        const a = malmoCopy();
        ids.forEach((id, i) => a.organisations.push({ id, name: `Förening ${i}` }));
        // Each organisation in turn, against the first holder of its id (as the rule read them before it looked only at suspects).
        const expected: string[] = [];
        const firstOrg = new Map<string, number>();
        a.organisations.forEach((o, i) => {
          const department = a.departments.findIndex((d) => d.id === o.id);
          const other = o.id === board ? 'municipality.executiveBoard' : department >= 0 ? `departments[${department}]` : firstOrg.has(o.id) ? `organisations[${firstOrg.get(o.id)}]` : undefined;
          if (other) expected.push(`organisations.${i}.id ${other}`);
          if (!firstOrg.has(o.id)) firstOrg.set(o.id, i);
        });
        const found = issuesOf('unique-ids', a)
          .filter((i) => i.path[0] === 'organisations')
          .map((i) => `${i.path.join('.')} ${i.params.other}`);
        expect(found).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rule references', () => {
  it('passes the preset, where every id refers to something', () => {
    expect(issuesOf('references', malmoCopy())).toEqual([]);
  });

  it('reports each reference to something that does not exist, naming what was looked for', () => {
    const a = malmoCopy();
    a.collaborations[2]!.districts = ['lindangen', 'limhamn'];
    a.currentPlan = 'samarbetsplan-2023';
    a.joined!.push({ organisation: 'okand-forening', to: 'declaration-of-intent', date: '2015' });
    a.grantCategories[0]!.grantors.push('kommunfullmaktige');
    const issues = issuesOf('references', a);
    expect(issues.map((i) => [i.path.join('.'), i.params.refKind])).toEqual([
      ['currentPlan', 'plan'],
      ['joined.32.organisation', 'organisation'],
      ['grantCategories.0.grantors.6', 'municipal_body'],
      ['collaborations.2.districts.1', 'district'],
    ]);
    expect(issues[3]!.message).toBe(
      'Samverkan ”Framtidens Hus” hänvisar till ”limhamn” (collaborations[2].districts[1]), men det id:t finns inte bland stadsdelarna. Rätta id:t eller lägg till stadsdelen i överenskommelsen.',
    );
  });

  it('takes a department partner only from the departments', () => {
    const a = malmoCopy();
    a.collaborations[0]!.partners[0] = { kind: 'department', ref: 'mip' };
    expect(issuesOf('references', a)).toMatchObject([{ code: 'unknown_reference', params: { refKind: 'department', value: 'mip' } }]);
  });
});

describe('rule party-sides', () => {
  it('passes parties on both sides, several on the sector’s', () => {
    const a = malmoCopy();
    a.parties.push({ id: 'miso', name: 'MISO', side: 'sector', organisation: 'miso' });
    expect(issuesOf('party-sides', a)).toEqual([]);
  });

  it('reports a side with no party', () => {
    const a = malmoCopy();
    a.parties = [a.parties[0]!, { ...a.parties[0]!, id: 'region' }];
    const issues = issuesOf('party-sides', a);
    expect(codes(issues)).toEqual(['party_side_missing']);
    expect(issues[0]!.message).toContain('saknar en part för den idéburna sektorn');
  });
});

describe('rule national-principles (seed 002: the six principles underlie every agreement)', () => {
  it('passes the six, however a kommun labels them', () => {
    const a = malmoCopy();
    a.principles[0]!.label = { sv: 'Oberoende' };
    expect(issuesOf('national-principles', a)).toEqual([]);
  });

  it('warns about a missing one, by name, in Swedish and English', () => {
    const a = malmoCopy();
    a.principles = a.principles.filter((p) => p.national !== 'diversity');
    expect(issuesOf('national-principles', a)[0]!.message).toContain('Principen ”Mångfald”');
    expect(issuesOf('national-principles', a, { locale: 'en' })[0]!.message).toContain('The principle "Diversity"');
  });
});

describe('rule municipality-code', () => {
  it('passes Malmö stad with 1280', () => {
    expect(issuesOf('municipality-code', malmoCopy())).toEqual([]);
  });

  it('reports a code that is no municipality’s, and a code that is another municipality’s', () => {
    const a = malmoCopy();
    a.municipality.code = '1279';
    expect(codes(issuesOf('municipality-code', a))).toEqual(['municipality_code_unknown']);
    a.municipality.code = '1281';
    const [issue] = issuesOf('municipality-code', a);
    expect(issue).toMatchObject({ code: 'municipality_name_mismatch', severity: 'warning' });
    expect(issue!.message).toBe('Kommunkoden 1281 tillhör Lund, men kommunen heter Malmö stad (kod 1280). Rätta koden eller namnet.');
  });
});

describe('a region as the public party', () => {
  const region = () => {
    const a = hostedMalmo();
    a.municipality = {
      kind: 'region',
      name: 'Region Skåne',
      code: '12',
      executiveBoard: { id: 'regionstyrelsen', name: { sv: 'Regionstyrelsen', en: 'Regional Executive Board' } },
    };
    a.roles!.coordinators![0]!.attachedTo = 'regionstyrelsen';
    a.grantCategories.forEach((g) => (g.grantors = g.grantors.filter((id) => id !== 'kommunstyrelsen')));
    a.grantTotals = a.grantTotals!.filter((t) => t.grantor !== 'kommunstyrelsen');
    return a;
  };

  it('accepts Region Skåne with its länskod 12, and Västra Götalandsregionen with 14', () => {
    expect(issuesOf('municipality-code', region())).toEqual([]);
    const vgr = region();
    vgr.municipality.name = 'Västra Götalandsregionen';
    vgr.municipality.code = '14';
    expect(issuesOf('municipality-code', vgr)).toEqual([]);
  });

  it('refuses a länskod no county has, and warns when the code is another region’s', () => {
    const a = region();
    a.municipality.code = '11';
    const [issue] = issuesOf('municipality-code', a);
    expect(issue).toMatchObject({ code: 'region_code_unknown', path: ['municipality', 'code'], severity: 'error' });
    expect(issue!.message).toContain('12 för Region Skåne');
    a.municipality.code = '14';
    expect(issuesOf('municipality-code', a)[0]).toMatchObject({ code: 'municipality_name_mismatch', params: { expected: '12' } });
  });

  it('refuses a two-digit code for a kommun, pointing to the länskod of a region', () => {
    const a = malmoCopy();
    a.municipality.code = '12';
    const [issue] = issuesOf('municipality-code', a);
    expect(issue!.code).toBe('municipality_code_unknown');
    expect(issue!.message).toContain('”kind”: ”region”');
  });

  it('names the regionstyrelse, never the kommunstyrelse, in the messages of a region’s agreement', () => {
    const a = region();
    a.roles!.coordinators![0]!.attachedTo = 'fritidsforvaltningen';
    a.yearlyReports = [];
    const messages = validateAgreement(a, { today: '2020-03-01' }).issues.map((i) => i.message).join('\n');
    expect(messages).toContain('koppling till regionstyrelsen');
    expect(messages).toContain('årlig rapport till regionstyrelsen');
    expect(messages).not.toMatch(/kommunstyrelse/i);
  });
});

describe('sources, certainty and "$comment"', () => {
  it('accepts "$comment", sources and certainty on any object, and an asOf date', () => {
    const a = malmoCopy() as unknown as Record<string, any>;
    a.$comment = 'Skrivet för hand.';
    a.asOf = '2019-05-13';
    a.plans[0].areas[0].$comment = 'Texten ordagrant ur samarbetsplanen.';
    a.plans[0].areas[0].certainty = 'stated';
    a.municipality.executiveBoard.$comment = 'Namnet ur kommunens egen webbplats.';
    a.organisations[0].sources = [{ url: 'https://example.org/mip', read: '2026-12-01' }, { source: 'ideburna-malmo', locator: 's. 12' }];
    a.rules = { 'area-time-frame': { $comment: 'Malmö: fyra år.', params: { years: 4 } } };
    const result = defineAgreement(a);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports a citation of a source the agreement does not list, under references', () => {
    const a = malmoCopy();
    a.plans[0]!.areas[0]!.sources = [{ source: 'okand-kalla' }];
    expect(issuesOf('references', a).map((i) => [i.path.join('.'), i.params.refKind])).toEqual([['plans.0.areas.0.sources.0.source', 'source']]);
  });

  it('refuses a certainty that is neither stated nor inferred', () => {
    const a = malmoCopy() as unknown as Record<string, any>;
    a.plans[0].certainty = 'guessed';
    expect(defineAgreement(a).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_choice', 'plans.0.certainty']]);
  });
});
