import { describe, expect, it } from 'vitest';
import { fold, seeds } from '../../../test/seeds.js';
import { defineAgreement, getCurrentPlan } from '../../agreement/index.js';
import { NATIONAL_PRINCIPLES } from '../../principle/principle.js';
import { malmo } from './malmo.js';
import { SIGNATORY_LINES, signatoryOrganisations, uniqueOrganisationNames } from './signatories.js';

const plan = getCurrentPlan(malmo)!;

describe('the Malmöandan preset', () => {
  it('is read by the same schema as any kommun’s agreement, with no issues', () => {
    const result = defineAgreement(JSON.parse(JSON.stringify(malmo)));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('was adopted on 2017-06-14 under STK-2017-1039', () => {
    expect(malmo.adopted).toBe('2017-06-14');
    expect(seeds.samarbetsplan).toContain('Överenskommelse Malmöandan antogs 2017-06-14');
    expect(malmo.decisionReference).toBe('STK-2017-1039');
    expect(seeds.kartlaggning).toContain('Den 14 juni 2017 tecknades en överenskommelse om samverkan mellan Malmö stad och idéburen sektor (STK-2017-1039)');
  });

  it('is between Malmö stad (kommunkod 1280) and the idéburen sektor i Malmö', () => {
    expect(malmo.municipality).toMatchObject({ name: 'Malmö stad', code: '1280' });
    expect(malmo.parties.map((p) => p.side)).toEqual(['municipality', 'sector']);
  });

  it('states the vision of seed 003 and the three aims of seed 001', () => {
    expect(seeds.samarbetsplan).toContain(`Visionen är ${malmo.vision.sv.charAt(0).toLowerCase()}${malmo.vision.sv.slice(1)}`);
    expect(malmo.aims).toHaveLength(3);
    for (const aim of malmo.aims) expect(seeds.metaorganisationer).toContain(aim.sv);
  });

  it('holds the six national principles named in the 2015 minutes', () => {
    expect(malmo.principles.map((p) => p.national)).toEqual(NATIONAL_PRINCIPLES.map((p) => p.national));
    const minutes = seeds.beredningsgruppen.toLowerCase();
    for (const p of malmo.principles) expect(minutes).toContain(p.label.sv.toLowerCase());
  });

  it('presents the principles as the national ones, each described where a source gives it, with that source', () => {
    // Seed 002: the six principles underlie "alla former för överenskommelser i Sverige".
    expect(fold(seeds.beredningsgruppen)).toContain('alla former för överenskommelser i Sverige');
    const sourceIds = new Set((malmo.sources ?? []).map((s) => s.id));
    for (const p of malmo.principles) {
      expect(p.national, p.id).toBeDefined();
      expect(p.$comment, p.id).toContain('nationella principerna');
      if (!p.description) continue;
      expect(p.description.en, p.id).toBeTruthy();
      const cited = (p.sources ?? []).map((s) => ('source' in s ? s.source : ''));
      expect(cited.length, p.id).toBeGreaterThan(0);
      for (const id of cited) expect(sourceIds.has(id), id).toBe(true);
    }
    expect(malmo.principles.filter((p) => p.description).map((p) => p.id)).toEqual(['sjalvstandighet', 'dialog', 'oppenhet-och-insyn', 'mangfald']);
    for (const id of ['overenskommelsen-6-principer', 'overenskommelsen-skane-principer']) {
      expect(malmo.sources!.find((s) => s.id === id)?.url, id).toMatch(/^https?:\/\//);
    }
  });

  it('has the Samarbetsplan 2018–2022, adopted 2018-06-13, as its current plan', () => {
    expect(plan.id).toBe('samarbetsplan-2018-2022');
    expect(plan.period.start.slice(0, 4)).toBe('2018');
    expect(plan.period.end.slice(0, 4)).toBe('2022');
    expect(seeds.kartlaggning).toContain('Den 13 juni 2018 antog kommunstyrelsen en samarbetsplan för Malmöandan');
    expect(seeds.samarbetsplan).toContain('2018–2022');
  });

  it('has the five priority areas of seed 003, in its order, with their Swedish texts verbatim', () => {
    expect(plan.areas.map((a) => a.name.sv)).toEqual([
      'Ungas hälsa och livsstil',
      'Jämlik fritid och kultur',
      'Stadsliv, allmänna platser och lokaler',
      'Delaktighet, trygghet, demokrati',
      'Nya vägar till arbete och aktivitet',
    ]);
    expect(seeds.samarbetsplan).toContain('Fem prioriterade områden');
    const source = fold(seeds.samarbetsplan);
    for (const area of plan.areas) {
      expect(seeds.samarbetsplan).toContain(`\n${area.name.sv}\n`);
      for (const paragraph of area.description.sv.split('\n\n')) expect(source).toContain(fold(paragraph));
      expect(area.description.en, area.id).toBeTruthy();
    }
  });

  it('leaves every hosting seat vacant, since the seeds name no host', () => {
    for (const area of plan.areas) {
      expect(area.hosts).toEqual([]);
      expect(area.phase).toBe('identifying-hosts');
    }
  });

  it('has two coordinators, the municipal one tied to the kommunstyrelsen', () => {
    const [municipal, sector] = malmo.roles!.coordinators!;
    expect(malmo.roles!.coordinators!).toHaveLength(2);
    expect(municipal).toMatchObject({ side: 'municipality', attachedTo: 'kommunstyrelsen', fullTimeEquivalent: 1 });
    expect(sector).toMatchObject({ side: 'sector', fullTimeEquivalent: 1 });
    expect(seeds.samarbetsplan).toContain('två heltidstjänster, en för kommunen och en för idéburen sektor');
    expect(seeds.samarbetsplan).toContain('Den kommunala samordnaren ska ha en tydlig organisatorisk koppling till kommunstyrelsen');
  });

  it('gives the working group the composition seed 003 sets out', () => {
    expect(malmo.roles!.workingGroup?.composition).toEqual(['coordinator', 'host', 'co-opted']);
    expect(seeds.samarbetsplan).toMatch(/Samordnare från kommun och idéburna sektorn\.\n- V.rdar för de prioriterade utmaningarna\.\n- Adjungerade personer vid behov\./);
    expect(malmo.roles!.workingGroup?.members.map((m) => m.member)).toEqual(malmo.roles!.coordinators!.map((c) => c.id));
  });

  it('has the 13 departments of seed 004, each named there', () => {
    expect(malmo.departments).toHaveLength(13);
    const text = seeds.kartlaggning.toLowerCase();
    for (const d of malmo.departments) expect(text, d.name.sv).toContain(d.name.sv.toLowerCase());
    expect(seeds.kartlaggning).toContain('med undantag för serviceförvaltningen');
  });

  describe('the avsiktsförklaring’s signatories', () => {
    const listed = seeds.ideburnaMalmo
      .split('De 33 Idéburna organisationer som medverkat eller anslutit sig till avsiktsförklaringen är:\n')[1]!
      .split('\n\nArbetet har övergått')[0]!
      .split('\n');

    it('keeps the list of seed 000 verbatim: it says 33 and has 33 lines', () => {
      expect(listed).toHaveLength(33);
      // The source has non-breaking spaces in two names; the data has plain ones.
      expect(SIGNATORY_LINES).toEqual(listed.map(fold));
    });

    it('de-duplicates it to 32 distinct organisations in code, dropping the second Bilda Sydväst', () => {
      const unique = uniqueOrganisationNames(SIGNATORY_LINES);
      expect(unique).toHaveLength(32);
      expect(unique.filter((n) => n === 'Studieförbundet Bilda Sydväst')).toHaveLength(1);
      const declared = (malmo.joined ?? []).filter((j) => j.to === 'declaration-of-intent');
      expect(declared).toHaveLength(32);
      expect(new Set(declared.map((j) => j.organisation)).size).toBe(32);
      expect(declared.every((j) => j.date === '2015' && j.how === undefined)).toBe(true);
      expect(malmo.declarationOfIntent?.year).toBe(2015);
    });

    it('treats names that differ only in case, white space or punctuation as the same', () => {
      expect(uniqueOrganisationNames(['Kvarnby IK', ' kvarnby  ik.', 'Kvarnby-IK', 'Kvarnby BK'])).toEqual(['Kvarnby IK', 'Kvarnby BK']);
    });

    it('marks MIP and MISO, the metaorganisations seed 000 names, and the studieförbund, which its definition counts, as metaorganisations', () => {
      const metas = signatoryOrganisations().filter((o) => o.metaorganisation);
      expect(metas.filter((o) => o.kind !== 'study-association').map((o) => o.id)).toEqual(['mip', 'miso']);
      expect(metas.filter((o) => o.kind === 'study-association').map((o) => o.name)).toEqual([
        'Studieförbundet Bilda Sydväst',
        'Studieförbundet Vuxenskolan Malmö',
        'Studiefrämjandet Malmö',
        'ABF Malmö',
        'Ibn Rushd Studieförbund',
      ]);
      expect(seeds.ideburnaMalmo).toContain('samla liknande verksamheter som MIP och MISO i ett forum. Alltså organisationer som har föreningar som medlemmar');
    });
  });

  it('has the grant and support categories of seed 004, with the two-year limit on kommunstyrelsens anslag', () => {
    expect(malmo.grantCategories.map((g) => g.id)).toEqual([
      'organisationsbidrag',
      'allmanna-foreningsbidrag',
      'verksamhetsbidrag',
      'projektbidrag',
      'stod-till-studieforbund',
      'lokalstod',
      'ks-anslag-projekt-och-utredningar',
    ]);
    const ks = malmo.grantCategories.find((g) => g.id === 'ks-anslag-projekt-och-utredningar');
    expect(ks?.maxDurationYears).toBe(2);
    expect(seeds.kartlaggning).toContain('Medel från anslaget kan utgå under maximalt två år.');
    expect(malmo.grantCategories.find((g) => g.id === 'allmanna-foreningsbidrag')?.requiresAssociationRegister).toBe(true);
    expect(seeds.kartlaggning).toContain('Genom kravet på registrering vid ansökan om bidrag');
  });

  it('holds IOP as a partnership, not a grant category with requirements the seeds do not state', () => {
    // Seed 002 tells of one förvaltning's 2015 process ("Marknadsanalys måste göras av föreningarna och en
    // stadsjurist är inkopplad"), not of a requirement on every IOP; an IOP is its own record (iops).
    expect(malmo.grantCategories.some((g) => /IOP|partnerskap/i.test(g.name.sv))).toBe(false);
    const everything = JSON.stringify(malmo);
    expect(everything).not.toMatch(/[Kk]räver marknadsanalys|Needs a market analysis/);
    expect(seeds.beredningsgruppen).toContain('Marknadsanalys måste göras av föreningarna och en stadsjurist är inkopplad.');
    const iopTotal = malmo.grantTotals!.find((t) => t.amountSek === 6_200_000)!;
    expect(iopTotal.categories).toBeUndefined();
    expect(iopTotal.note?.sv).toContain('IOP-avtal');
  });

  it('records the 2018 amounts as seed 004 states them', () => {
    const phrase: Record<string, string> = {
      fritidsforvaltningen: 'totalt 109,7 miljoner kronor',
      kulturforvaltningen: 'drygt 70 miljoner kronor',
      funktionsstodsforvaltningen: 'bidrag till ett fyrtiotal organisationer om cirka 12,5 miljoner kronor',
      'arbetsmarknads-och-socialforvaltningen:organisationsbidrag': 'totalt 8,7 miljoner kronor i organisationsbidrag',
      'arbetsmarknads-och-socialforvaltningen:iop': 'IOP- avtal omfattade under 2018 totalt 6,2 miljoner kronor',
      kommunstyrelsen: 'totalt 25,2 miljoner kronor',
      'halsa-vard-och-omsorgsforvaltningen': 'ungefär 200 000–300 000 kronor per år',
    };
    const kr = (n: number) => (n / 1_000_000).toLocaleString('sv-SE');
    for (const t of malmo.grantTotals ?? []) {
      const key = t.grantor === 'arbetsmarknads-och-socialforvaltningen' ? `${t.grantor}:${t.categories?.[0] ?? 'iop'}` : t.grantor;
      const text = phrase[key];
      expect(text, key).toBeDefined();
      expect(fold(seeds.kartlaggning)).toContain(text);
      if (t.precision !== 'range') expect(text).toContain(kr(t.amountSek));
    }
    expect(malmo.grantTotals).toHaveLength(Object.keys(phrase).length);
  });

  it('has the three forms of collaboration of seed 004', () => {
    expect(malmo.collaborationForms.map((f) => f.name.sv)).toEqual([
      'Stöd och bidrag',
      'Dialog och samråd',
      'Samverkan kring verksamhet och projekt',
    ]);
    for (const f of ['Stöd och bidrag till idéburen sektor', 'Dialog och samråd med idéburen sektor', 'Samverkan kring verksamhet och projekt']) {
      expect(seeds.kartlaggning).toContain(f);
    }
  });

  it('holds the twelve collaboration examples of seed 004, with the ages it gives', () => {
    expect(malmo.collaborations).toHaveLength(12);
    for (const c of malmo.collaborations) {
      const name = c.name.sv.replace(' (CTC)', '').replace('Amiralsstadens arbete med kunskapsallianser', 'Amiralsstaden');
      expect(seeds.kartlaggning.toLowerCase(), c.id).toContain(name.toLowerCase().split(' och ')[0]);
    }
    const byId = Object.fromEntries(malmo.collaborations.map((c) => [c.id, c]));
    expect(byId.krut?.ages).toEqual({ min: 14, max: 30 });
    expect(seeds.kartlaggning).toContain('barn och ungdomar 14–30 år');
    expect(byId['arena-305']?.ages).toEqual({ min: 15, max: 25 });
    expect(seeds.kartlaggning).toContain('i åldrarna 15–25');
    expect(byId.allaktivitetshusen?.ages).toEqual({ max: 25 });
    expect(seeds.kartlaggning).toContain('barn och unga upp till 25 år');
    expect(byId['kraftsamling-herrgarden']?.since).toBe(2013);
    expect(byId['framtidens-hus']?.districts).toEqual(['lindangen']);
  });

  it('ships the definitions the seeds give, each with its source', () => {
    const ids = malmo.glossary.map((t) => t.id);
    for (const id of ['overenskommelse', 'samarbetsplan', 'vardskap', 'ideburen-sektor', 'civila-samhallet', 'metaorganisation', 'iop', 'medskapande']) {
      expect(ids).toContain(id);
    }
    for (const t of malmo.glossary) expect(t.source, t.id).toBeTruthy();
    const ideburen = malmo.glossary.find((t) => t.id === 'ideburen-sektor')!;
    expect(fold(seeds.kartlaggning)).toContain('formellt uppbyggda organisationer med stadgar, styrelse, årsmöte osv.');
    expect(ideburen.definition.sv).toContain('formellt uppbyggda organisationer med stadgar, styrelse, årsmöte osv.');
  });

  it('puts no person in the data: coordinators and hosts are posts, not people', () => {
    const json = JSON.stringify(malmo);
    for (const person of ['Nidal', 'Linnea Tingne', 'Lari Pitkä-Kangas', 'Ivar']) expect(json).not.toContain(person);
  });
});
