import { describe, expect, it } from 'vitest';
import { codes, issuesOf, malmoCopy } from '../../test/rules-helper.js';

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

describe('rule references', () => {
  it('passes the preset, where every id refers to something', () => {
    expect(issuesOf('references', malmoCopy())).toEqual([]);
  });

  it('reports each reference to something that does not exist, naming what was looked for', () => {
    const a = malmoCopy();
    a.collaborations[2]!.districts = ['lindangen', 'limhamn'];
    a.currentPlan = 'samarbetsplan-2023';
    a.declarationOfIntent!.signatories.push('okand-forening');
    a.grantCategories[0]!.grantors.push('kommunfullmaktige');
    const issues = issuesOf('references', a);
    expect(issues.map((i) => [i.path.join('.'), i.params.refKind])).toEqual([
      ['currentPlan', 'plan'],
      ['declarationOfIntent.signatories.32', 'organisation'],
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
