import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateInterests } from '../../test/generate.js';
import { type Interest, PublicInterest, type Resource, toPublicInterest } from '../interest/interest.js';
import { toListing } from '../listing/listing.js';
import { malmo } from '../presets/malmo/malmo.js';
import { createMatchIndex } from './index-build.js';
import { AGES_APART_SHARE, criterionScores, DEFAULT_WEIGHTS, rankMatches } from './rank.js';

/** Whether both state ages and no age is in both ranges (an open end reaches the schema's cap, 120). */
function agesApart(a: PublicInterest, b: PublicInterest): boolean {
  if (!a.ages || !b.ages) return false;
  return Math.max(a.ages.min ?? 0, b.ages.min ?? 0) > Math.min(a.ages.max ?? 120, b.ages.max ?? 120);
}

/** The score the criteria state: their weighted mean, cut to a share when the ages do not meet. */
function statedScore(a: PublicInterest, b: PublicInterest): number {
  const total = Object.values(DEFAULT_WEIGHTS).reduce((x, y) => x + y, 0);
  const mean = criterionScores(a, b).reduce((s, c) => s + DEFAULT_WEIGHTS[c.criterion] * c.score, 0) / total;
  return agesApart(a, b) ? mean * AGES_APART_SHARE : mean;
}

const contact = { name: 'Anna Andersson', email: 'anna@contact.invalid' };

const laxhjalp: Interest = {
  id: 'laxhjalpen',
  stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård', legalForm: 'non-profit-association' },
  areas: ['ungas-halsa-och-livsstil'],
  targetGroups: ['unga'],
  ages: { min: 13, max: 19 },
  districts: ['rosengard'],
  offers: ['volunteers', 'activities'],
  seeks: ['premises'],
  forms: ['verksamhet-och-projekt'],
  languages: ['sv', 'ar'],
  consent: { matching: true, listing: true },
  contact,
};

const fritid: Interest = {
  id: 'fritid-rosengard',
  stated: { kind: 'department', department: 'fritidsforvaltningen' },
  areas: ['ungas-halsa-och-livsstil', 'jamlik-fritid-och-kultur'],
  targetGroups: ['unga', 'barn-och-unga'],
  ages: { min: 10, max: 19 },
  districts: ['rosengard', 'herrgarden'],
  offers: ['premises', 'funding'],
  seeks: ['volunteers'],
  forms: ['verksamhet-och-projekt'],
  languages: ['sv', 'ar'],
  consent: { matching: true, listing: false },
  contact: { name: 'Bo Berg', email: 'bo@contact.invalid', phone: '040-34 10 00' },
};

const kultur: Interest = {
  ...fritid,
  id: 'kultur-lindangen',
  stated: { kind: 'department', department: 'kulturforvaltningen' },
  targetGroups: ['barn-och-unga'],
  ages: { min: 6, max: 12 },
  districts: ['lindangen'],
  offers: ['knowledge'],
  seeks: [],
  languages: ['sv'],
};

describe('rankMatches', () => {
  it('explains a match in the words of the agreement: "Båda arbetar med unga 13–19 i Rosengård"', () => {
    const [best] = rankMatches(laxhjalp, [fritid, kultur], { agreement: malmo });
    expect(best!.candidate.id).toBe('fritid-rosengard');
    expect(best!.name).toBe('Fritidsförvaltningen');
    expect(best!.explanation).toEqual([
      'Båda arbetar med unga 13–19 i Rosengård.',
      'Båda vill arbeta inom Ungas hälsa och livsstil.',
      'Fritidsförvaltningen erbjuder lokaler, som ni söker.',
      'Ni erbjuder volontärer, som Fritidsförvaltningen söker.',
      'Båda vill samverka genom samverkan kring verksamhet och projekt.',
      'Båda arbetar på svenska och arabiska.',
    ]);
  });

  it('explains in English when asked', () => {
    const [best] = rankMatches(laxhjalp, [fritid], { agreement: malmo, locale: 'en' });
    expect(best!.name).toBe('Leisure Department');
    expect(best!.explanation[0]).toBe('Both work with young people 13–19 in Rosengård.');
    expect(best!.explanation).toContain('Leisure Department offers premises, which you are looking for.');
    expect(best!.explanation).toContain('Both work in Swedish and Arabic.');
  });

  it('says an open age range as "65 år och äldre", never "65–120", in Swedish and English', () => {
    const a: Interest = { ...laxhjalp, id: 'aldre-a', targetGroups: ['aldre'], ages: { min: 65 } };
    const b: Interest = { ...fritid, id: 'aldre-b', targetGroups: ['aldre'], ages: { min: 60 } };
    const [sv] = rankMatches(a, [b], { agreement: malmo });
    expect(sv!.explanation[0]).toBe('Båda arbetar med äldre (65 år och äldre) i Rosengård.');
    expect(sv!.explanation.join(' ')).not.toMatch(/120/);
    const [en] = rankMatches(a, [b], { agreement: malmo, locale: 'en' });
    expect(en!.explanation[0]).toBe('Both work with older people (aged 65 and over) in Rosengård.');
    const noGroups = rankMatches({ ...a, targetGroups: [] }, [{ ...b, targetGroups: [] }], { agreement: malmo })[0]!;
    expect(noGroups.explanation[0]).toBe('Båda arbetar med personer 65 år och äldre i Rosengård.');
  });

  it('weighs ages that do not meet heavily: a homework club for 10–19 is proposed to a preschool department last, and told why', () => {
    const club: Interest = { ...laxhjalp, id: 'laxklubben', targetGroups: ['barn-och-unga'], ages: { min: 10, max: 19 } };
    // Förskoleförvaltningen agrees on everything but the ages; the others share less and meet the ages.
    const forskola: Interest = {
      ...fritid,
      id: 'forskola',
      stated: { kind: 'department', department: 'forskoleforvaltningen' },
      areas: ['ungas-halsa-och-livsstil'],
      targetGroups: ['barn-och-unga'],
      ages: { min: 1, max: 5 },
      districts: ['rosengard'],
      offers: ['premises'],
      seeks: ['volunteers', 'activities'],
    };
    const grundskola: Interest = { ...kultur, id: 'grundskola', stated: { kind: 'department', department: 'grundskoleforvaltningen' }, areas: ['ungas-halsa-och-livsstil'], ages: { min: 6, max: 15 } };
    const fritidTeens: Interest = { ...fritid, id: 'fritid', targetGroups: ['unga'], districts: ['herrgarden'], offers: ['funding'], seeks: [], forms: [], languages: ['sv'] };
    const order = (candidates: Interest[]) => rankMatches(club, candidates, { agreement: malmo, threshold: 0 }).map((m) => m.candidate.id);
    expect(order([forskola, grundskola, fritidTeens])).toEqual(['grundskola', 'fritid', 'forskola']);
    // The same preschool interest without ages would come first: the ages are what moved it.
    expect(order([{ ...forskola, ages: undefined }, grundskola, fritidTeens])[0]).toBe('forskola');
    // Touching ages (19 and 19–25) meet, so nothing is cut.
    expect(order([{ ...forskola, ages: { min: 19, max: 25 } }, grundskola, fritidTeens])[0]).toBe('forskola');
    // At the default threshold the preschool department is not proposed at all.
    expect(rankMatches(club, [forskola, grundskola, fritidTeens], { agreement: malmo }).map((m) => m.candidate.id)).not.toContain('forskola');

    const sv = rankMatches(club, [forskola], { agreement: malmo, threshold: 0 })[0]!;
    expect(sv.explanation).toContain('Åldrarna möts inte: ni arbetar med 10–19 år, Förskoleförvaltningen med 1–5 år.');
    expect(sv.explanation[0]).toBe('Båda arbetar med barn och unga i Rosengård.');
    const en = rankMatches(club, [forskola], { agreement: malmo, threshold: 0, locale: 'en' })[0]!;
    expect(en.explanation).toContain(`The ages do not meet: you work with ages 10–19, ${en.name} with ages 1–5.`);
    const older = rankMatches({ ...club, ages: { min: 65 } }, [forskola], { agreement: malmo, threshold: 0 })[0]!;
    expect(older.explanation).toContain('Åldrarna möts inte: ni arbetar med 65 år och äldre, Förskoleförvaltningen med 1–5 år.');
    for (const locale of ['ar', 'so', 'sv-x-lattlast']) {
      const said = rankMatches(club, [forskola], { agreement: malmo, threshold: 0, locale })[0]!.explanation.join(' ');
      expect(said, locale).toMatch(/10–19.*1–5/);
      expect(said, locale).not.toMatch(/undefined|NaN/);
    }
    // A match whose ages meet says nothing of the kind.
    expect(rankMatches(club, [grundskola], { agreement: malmo, threshold: 0 })[0]!.explanation.join(' ')).not.toMatch(/möts inte/);
  });

  it('names a group once when another shared group contains it: never "barn och unga och unga"', () => {
    const a: Interest = { ...laxhjalp, id: 'bu-a', targetGroups: ['barn-och-unga', 'unga'], ages: undefined };
    const b: Interest = { ...fritid, id: 'bu-b', ages: undefined };
    const [sv] = rankMatches(a, [b], { agreement: malmo });
    expect(sv!.explanation[0]).toBe('Båda arbetar med barn och unga i Rosengård.');
    const [en] = rankMatches(a, [b], { agreement: malmo, locale: 'en' });
    expect(en!.explanation[0]).toBe('Both work with children and young people in Rosengård.');
  });

  it('labels an informal group or a company as outside the idéburen sektor, in Swedish and English', () => {
    const agreement = structuredClone(malmo);
    agreement.organisations.push({ id: 'natverket', name: 'Nätverket', legalForm: 'informal-group' }, { id: 'bolaget', name: 'Bolaget AB', legalForm: 'limited-company' });
    const informal: Interest = { ...laxhjalp, id: 'natverket-i', stated: { kind: 'organisation', organisation: 'natverket' } };
    const company: Interest = { ...laxhjalp, id: 'bolaget-i', stated: { kind: 'organisation', organisation: 'bolaget' } };
    const [forInformal] = rankMatches(fritid, [informal], { agreement });
    expect(forInformal!.explanation.at(-1)).toBe('Är en informell grupp och hör inte till den idéburna sektorn.');
    const [forCompany] = rankMatches(fritid, [company], { agreement, locale: 'en' });
    expect(forCompany!.explanation.at(-1)).toBe('Is outside the idéburen sektor, a company for example.');
    // An idéburen candidate gets no such label.
    const [forAssociation] = rankMatches(fritid, [laxhjalp], { agreement });
    expect(forAssociation!.explanation.join(' ')).not.toMatch(/idéburna sektorn/);
  });

  it('tells two interests of the same name apart by their ids', () => {
    const one: Interest = { ...laxhjalp, id: 'laxhjalpen-1' };
    const two: Interest = { ...laxhjalp, id: 'laxhjalpen-2', districts: ['herrgarden'] };
    const names = rankMatches(fritid, [one, two], { agreement: malmo }).map((m) => m.name);
    expect(names).toEqual(['Läxhjälpen i Rosengård (laxhjalpen-1)', 'Läxhjälpen i Rosengård (laxhjalpen-2)']);
    expect(rankMatches(fritid, [one], { agreement: malmo })[0]!.name).toBe('Läxhjälpen i Rosengård');
  });

  it('ranks a public list (no contacts) and names things from the listing as well as from the agreement', () => {
    const publicList = [toPublicInterest(fritid), toPublicInterest(kultur)];
    const listing = toListing(malmo);
    const fromListing = rankMatches(laxhjalp, publicList, { listing });
    const fromAgreement = rankMatches(laxhjalp, [fritid, kultur], { agreement: malmo });
    expect(fromListing).toEqual(fromAgreement);
    expect(fromListing[0]!.name).toBe('Fritidsförvaltningen');
    expect(JSON.stringify(fromListing)).not.toContain('contact.invalid');
  });

  it('ranks the closer candidate first, with a score between 0 and 1', () => {
    const matches = rankMatches(laxhjalp, [kultur, fritid], { agreement: malmo, threshold: 0 });
    expect(matches.map((m) => m.candidate.id)).toEqual(['fritid-rosengard', 'kultur-lindangen']);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
    for (const m of matches) expect(m.score).toBeGreaterThan(0), expect(m.score).toBeLessThanOrEqual(1);
  });

  it('gives an identical pair the score 1', () => {
    const mirror: Interest = { ...laxhjalp, id: 'mirror', stated: { kind: 'department', department: 'fritidsforvaltningen' }, offers: ['premises'], seeks: ['volunteers', 'activities'] };
    const [m] = rankMatches({ ...laxhjalp, offers: ['volunteers', 'activities'], seeks: ['premises'] }, [mirror], { threshold: 0 });
    expect(m!.score).toBeCloseTo(1, 10);
  });

  describe('hard filters', () => {
    it('leaves out a candidate who has not consented to matching', () => {
      expect(rankMatches(laxhjalp, [{ ...fritid, consent: { matching: false, listing: true } }], { threshold: 0 })).toEqual([]);
    });

    it('leaves out a candidate with no area in common', () => {
      expect(rankMatches(laxhjalp, [{ ...fritid, areas: ['stadsliv-allmanna-platser-och-lokaler'] }], { threshold: 0 })).toEqual([]);
    });

    it('matches organisations with departments only, unless organisation ↔ organisation is allowed', () => {
      const otherOrg: Interest = { ...fritid, id: 'annan-forening', stated: { kind: 'organisation', organisation: 'kvarnby-ik' } };
      expect(rankMatches(laxhjalp, [otherOrg], { threshold: 0 })).toEqual([]);
      expect(rankMatches(laxhjalp, [otherOrg], { threshold: 0, allowSameSide: true, agreement: malmo }).map((m) => m.name)).toEqual(['Kvarnby IK']);
      // Two departments are never matched with each other.
      expect(rankMatches(fritid, [kultur], { threshold: 0, allowSameSide: true })).toEqual([]);
    });

    it('never matches an interest with itself', () => {
      expect(rankMatches(laxhjalp, [laxhjalp, fritid], { threshold: 0 }).map((m) => m.candidate.id)).toEqual(['fritid-rosengard']);
    });
  });

  it('shows nothing below the threshold, and at most `limit` matches', () => {
    const candidates = generateInterests(500, 7);
    const all = rankMatches(laxhjalp, candidates, { threshold: 0, limit: 1000 });
    const above = rankMatches(laxhjalp, candidates, { threshold: 0.4, limit: 1000 });
    expect(above.length).toBeLessThan(all.length);
    expect(above.every((m) => m.score >= 0.4)).toBe(true);
    expect(rankMatches(laxhjalp, candidates, { threshold: 0, limit: 3 })).toHaveLength(3);
  });

  it('returns the true top results, best first, ties broken by id — the same as sorting everything', () => {
    const candidates = generateInterests(2000, 3);
    for (const query of generateInterests(5, 99)) {
      const full = rankMatches(query, candidates, { threshold: 0, limit: 5000 });
      const top = rankMatches(query, candidates, { threshold: 0, limit: 10 });
      expect(top.map((m) => m.candidate.id)).toEqual(full.slice(0, 10).map((m) => m.candidate.id));
      for (let i = 1; i < full.length; i++) {
        const [a, b] = [full[i - 1]!, full[i]!];
        expect(a.score > b.score || (a.score === b.score && a.candidate.id < b.candidate.id)).toBe(true);
      }
    }
  });

  it('scores exactly as the per-criterion explanation says: the fast path agrees with the reference', () => {
    const candidates = generateInterests(300, 11);
    let apart = 0;
    for (const query of generateInterests(10, 5)) {
      for (const m of rankMatches(query, candidates, { threshold: 0, limit: 300 })) {
        const candidate = candidates.find((c) => c.id === m.candidate.id)!;
        expect(m.score).toBeCloseTo(statedScore(query, candidate), 12);
        expect(m.criteria).toEqual(criterionScores(query, candidate));
        if (agesApart(query, candidate)) apart++;
      }
    }
    // The generated data holds pairs whose ages do not meet, so the cut is exercised too.
    expect(apart).toBeGreaterThan(0);
  });

  it('lets the weights change the order', () => {
    const nearby: Interest = { ...kultur, id: 'nearby', districts: ['rosengard'], targetGroups: [], ages: undefined, offers: [], seeks: [], languages: [] };
    const sameAge: Interest = { ...kultur, id: 'same-age', districts: [], targetGroups: ['unga'], ages: { min: 13, max: 19 }, offers: [], seeks: [], languages: [] };
    const order = (weights: object) => rankMatches(laxhjalp, [nearby, sameAge], { threshold: 0, weights }).map((m) => m.candidate.id);
    expect(order({ districts: 1, targetGroups: 0 })).toEqual(['nearby', 'same-age']);
    expect(order({ districts: 0, targetGroups: 1 })).toEqual(['same-age', 'nearby']);
  });

  it('accepts a compiled index and gives the same answer', () => {
    const candidates = generateInterests(1000, 2);
    const index = createMatchIndex(candidates);
    expect(rankMatches(laxhjalp, index, { agreement: malmo })).toEqual(rankMatches(laxhjalp, candidates, { agreement: malmo }));
  });

  it('never puts a contact person in its output', () => {
    const candidates = generateInterests(1000, 4);
    const matches = rankMatches(laxhjalp, [...candidates, fritid], { threshold: 0, limit: 1000, agreement: malmo });
    expect(matches.length).toBeGreaterThan(100);
    const text = JSON.stringify(matches);
    expect(text).not.toMatch(/contact\.invalid|Kontakt \d|Bo Berg|040-/);
    for (const m of matches) expect(m.candidate).not.toHaveProperty('contact');
  });
});

// Interests over tiny vocabularies, so candidates overlap often, with what real data may hold: repeated
// terms in a list, ages without a bound, missing lists, ids used twice (the query's own among them).
const resource = fc.constantFrom<Resource>('premises', 'volunteers', 'knowledge', 'funding');
const terms = (pool: string[]) => fc.option(fc.array(fc.constantFrom(...pool), { maxLength: 4 }), { nil: undefined });
const arbitraryInterest = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'q'),
  stated: fc.constantFrom<PublicInterest['stated']>(
    { kind: 'department', department: 'fritidsforvaltningen' },
    { kind: 'organisation', organisation: 'kvarnby-ik' },
    { kind: 'new-organisation', name: 'Ny förening' },
  ),
  areas: fc.array(fc.constantFrom('a1', 'a2', 'a3'), { minLength: 1, maxLength: 3 }),
  targetGroups: terms(['unga', 'barn', 'aldre']),
  // Spans that overlap, touch, or do not meet at all (0–9 against 40–90), each end possibly left open.
  ages: fc.option(
    fc
      .record({ min: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), max: fc.option(fc.integer({ min: 9, max: 90 }), { nil: undefined }) })
      .filter((a) => a.min === undefined || a.max === undefined || a.min <= a.max),
    { nil: undefined },
  ),
  districts: terms(['rosengard', 'lindangen', 'fosie']),
  offers: fc.option(fc.array(resource, { maxLength: 3 }), { nil: undefined }),
  seeks: fc.option(fc.array(resource, { maxLength: 3 }), { nil: undefined }),
  forms: terms(['f1', 'f2']),
  languages: terms(['sv', 'ar', 'en']),
  consent: fc.record({ matching: fc.boolean(), listing: fc.boolean() }),
}) as fc.Arbitrary<PublicInterest>;

/** Ranking as the explanation states it: every candidate scored with criterionScores, all sorted. */
function reference(query: PublicInterest, candidates: readonly PublicInterest[], allowSameSide: boolean) {
  const side = (i: PublicInterest) => (i.stated.kind === 'department' ? 1 : 0);
  const self = candidates.findIndex((c) => c.id === query.id);
  return candidates
    .flatMap((c, i) => {
      if (i === self || !c.consent.matching) return [];
      if (side(c) === side(query) && !(allowSameSide && side(c) === 0)) return [];
      if (criterionScores(query, c)[0]!.shared.length === 0) return [];
      return [{ id: c.id, score: statedScore(query, c) }];
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe('rankMatches on an array: scored directly once, from a remembered index after', () => {
  it('gives the same matches on a new array, the same array again, and an index — and the scores the explanation states', () => {
    fc.assert(
      fc.property(arbitraryInterest, fc.array(arbitraryInterest, { maxLength: 30 }), fc.boolean(), (query, candidates, allowSameSide) => {
        const options = { threshold: 0, limit: 100, allowSameSide };
        const once = rankMatches(query, candidates.slice(), options);
        const first = rankMatches(query, candidates, options);
        const again = rankMatches(query, candidates, options);
        const third = rankMatches(query, candidates, options);
        const indexed = rankMatches(query, createMatchIndex(candidates), options);
        expect(first).toEqual(once);
        expect(again).toEqual(indexed);
        expect(third).toEqual(indexed);
        expect(once).toEqual(indexed);
        const expected = reference(query, candidates, allowSameSide);
        expect(once.map((m) => m.candidate.id).sort()).toEqual(expected.map((m) => m.id).sort());
        for (const m of once) expect(m.score).toBeCloseTo(expected.find((e) => e.id === m.candidate.id && Math.abs(e.score - m.score) < 1e-9)?.score ?? -1, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks from the array as it is now when a slot was replaced, an item added or the order changed', () => {
    const candidates = generateInterests(200, 12);
    const query = generateInterests(1, 77)[0]!;
    const options = { threshold: 0, limit: 500 };
    rankMatches(query, candidates, options);
    rankMatches(query, candidates, options); // now indexed
    const ids = (list: readonly PublicInterest[]) => rankMatches(query, list, options).map((m) => `${m.candidate.id}:${m.score}`);
    const fresh = (list: readonly PublicInterest[]) => ids(list.slice());

    candidates[5] = { ...fritid, id: 'replaced', areas: query.areas };
    expect(ids(candidates)).toContain(fresh(candidates).find((x) => x.startsWith('replaced:')));
    expect(ids(candidates)).toEqual(fresh(candidates));
    candidates.push({ ...fritid, id: 'added', areas: query.areas });
    expect(ids(candidates)).toEqual(fresh(candidates));
    expect(ids(candidates).some((x) => x.startsWith('added:'))).toBe(true);
    candidates.reverse();
    expect(ids(candidates)).toEqual(fresh(candidates));
    candidates.splice(0, 50);
    expect(ids(candidates)).toEqual(fresh(candidates));
  });
});

describe('createMatchIndex', () => {
  it('counts a term repeated in a list once, as the explanation does', () => {
    const twice: Interest = { ...fritid, id: 'twice', areas: ['ungas-halsa-och-livsstil', 'ungas-halsa-och-livsstil'], districts: ['rosengard', 'rosengard'] };
    const [viaIndex] = rankMatches(laxhjalp, createMatchIndex([twice]), { threshold: 0 });
    const [direct] = rankMatches(laxhjalp, [twice], { threshold: 0 });
    expect(viaIndex!.criteria.find((c) => c.criterion === 'areas')!.score).toBe(1);
    expect(viaIndex!.score).toBe(direct!.score);
  });
});

describe('PublicInterest', () => {
  it('is an interest without its contact person, and refuses one that has it', () => {
    expect(PublicInterest.safeParse(toPublicInterest(laxhjalp)).success).toBe(true);
    expect(PublicInterest.safeParse(laxhjalp).success).toBe(false);
  });
});
