import { describe, expect, it } from 'vitest';
import { generateInterests } from '../../test/generate.js';
import type { Interest } from '../interest/interest.js';
import { malmo } from '../presets/malmo/malmo.js';
import { proposeHosts } from './propose-hosts.js';

const contact = { name: 'Cecilia Ek', email: 'cecilia@contact.invalid' };
const base = { consent: { matching: true, listing: true }, contact, wantsToHost: true } as const;

const kvarnby: Interest = {
  ...base,
  id: 'kvarnby-vard',
  stated: { kind: 'organisation', organisation: 'kvarnby-ik' },
  areas: ['ungas-halsa-och-livsstil', 'jamlik-fritid-och-kultur'],
  hostAreas: ['ungas-halsa-och-livsstil'],
  targetGroups: ['barn-och-unga'],
  offers: ['network', 'knowledge'],
};
const abf: Interest = {
  ...base,
  id: 'abf-vard',
  stated: { kind: 'organisation', organisation: 'abf-malmo' },
  areas: ['ungas-halsa-och-livsstil', 'nya-vagar-till-arbete-och-aktivitet'],
  offers: ['premises'],
};
const fritid: Interest = {
  ...base,
  id: 'fritid-vard',
  stated: { kind: 'department', department: 'fritidsforvaltningen' },
  areas: ['ungas-halsa-och-livsstil'],
  hostAreas: ['ungas-halsa-och-livsstil'],
};

const seat = (proposals: ReturnType<typeof proposeHosts>, area: string, side: string) => proposals.find((p) => p.area.id === area && p.side === side)!;

describe('proposeHosts', () => {
  it('proposes a candidate for each vacant seat it can fill, with the reasons in words', () => {
    const proposals = proposeHosts(malmo, [kvarnby, fritid], { today: '2019-05-13' });
    expect(proposals).toHaveLength(10); // five areas, two seats each, all vacant
    const sector = seat(proposals, 'ungas-halsa-och-livsstil', 'sector');
    expect(sector.candidate?.name).toBe('Kvarnby IK');
    expect(sector.reasons).toEqual([
      'Vill vara värd för Ungas hälsa och livsstil.',
      'Arbetar med barn och unga, som området riktar sig till.',
      'Erbjuder nätverk och kunskap, som ett värdskap behöver.',
      // The preset states Kvarnby IK's legal form, not its statutes, board or annual meeting.
      'Är idéburen enligt sin juridiska form; om den har stadgar, styrelse och årsmöte står inte i uppgifterna.',
    ]);
    expect(seat(proposals, 'ungas-halsa-och-livsstil', 'municipality').candidate?.name).toBe('Fritidsförvaltningen');
    const empty = seat(proposals, 'jamlik-fritid-och-kultur', 'municipality');
    expect(empty.candidate).toBeUndefined();
    expect(empty.reasons).toEqual(['Ingen som vill vara värd uppfyller värdskapets krav för den här platsen.']);
  });

  it('keeps the hosting rule: a department never takes the sector’s seat, nor an organisation the municipality’s', () => {
    const proposals = proposeHosts(malmo, [fritid, kvarnby], { today: '2019-05-13' });
    for (const p of proposals) {
      if (!p.candidate) continue;
      expect(p.candidate.interest.stated.kind === 'department').toBe(p.side === 'municipality');
    }
  });

  it('never proposes an informal group, a company, or a new organisation of no stated sector legal form', () => {
    const agreement = structuredClone(malmo);
    agreement.organisations.push({ id: 'natverket', name: 'Nätverket', legalForm: 'informal-group' }, { id: 'bolaget', name: 'Bolaget AB', legalForm: 'limited-company' });
    const informal: Interest = { ...kvarnby, id: 'i1', stated: { kind: 'organisation', organisation: 'natverket' } };
    const company: Interest = { ...kvarnby, id: 'i2', stated: { kind: 'organisation', organisation: 'bolaget' } };
    const unknownForm: Interest = { ...kvarnby, id: 'i3', stated: { kind: 'new-organisation', name: 'Ny grupp' } };
    const proposals = proposeHosts(agreement, [informal, company, unknownForm], { today: '2019-05-13' });
    expect(proposals.every((p) => p.candidate === undefined)).toBe(true);
  });

  it('leaves out those who do not want to host or have not consented', () => {
    const proposals = proposeHosts(malmo, [{ ...kvarnby, wantsToHost: false }, { ...abf, consent: { matching: false, listing: false } }], { today: '2019-05-13' });
    expect(proposals.every((p) => p.candidate === undefined)).toBe(true);
  });

  it('finds the best overall assignment when candidates compete across areas, where a greedy choice would not', () => {
    // A suits Ungas hälsa (0.8) better than Jämlik fritid (0.6); B can host only Ungas hälsa (0.5).
    // Filling areas in order with the best candidate gives Ungas hälsa to A and leaves Jämlik fritid
    // empty (total 0.8). The optimum gives Ungas hälsa to B and Jämlik fritid to A (total 1.1).
    const a: Interest = { ...kvarnby, id: 'a', hostAreas: ['ungas-halsa-och-livsstil', 'jamlik-fritid-och-kultur'] };
    const b: Interest = { ...base, id: 'b', stated: { kind: 'organisation', organisation: 'studieforbundet-vuxenskolan-malmo' }, areas: ['ungas-halsa-och-livsstil'], hostAreas: ['ungas-halsa-och-livsstil'] };
    const proposals = proposeHosts(malmo, [a, b], { today: '2019-05-13' });
    expect(seat(proposals, 'ungas-halsa-och-livsstil', 'sector')).toMatchObject({ candidate: { interest: { id: 'b' } }, score: 0.5 });
    expect(seat(proposals, 'jamlik-fritid-och-kultur', 'sector')).toMatchObject({ candidate: { interest: { id: 'a' } } });
    expect(seat(proposals, 'jamlik-fritid-och-kultur', 'sector').score).toBeCloseTo(0.6, 10);
    expect(seat(proposals, 'ungas-halsa-och-livsstil', 'sector').alternatives.map((x) => x.interest.id)).toEqual(['a']);
  });

  it('proposes only for seats vacant on the day', () => {
    const agreement = structuredClone(malmo);
    agreement.plans[0]!.areas[0]!.hosts = [{ side: 'sector', host: 'miso', from: '2019-01-01' }];
    const proposals = proposeHosts(agreement, [kvarnby], { today: '2019-05-13' });
    expect(proposals.find((p) => p.area.id === 'ungas-halsa-och-livsstil' && p.side === 'sector')).toBeUndefined();
    expect(proposeHosts(agreement, [kvarnby], { today: '2018-12-31' }).find((p) => p.area.id === 'ungas-halsa-och-livsstil' && p.side === 'sector')?.candidate?.name).toBe('Kvarnby IK');
  });

  it('lists runners-up and speaks English when asked, with no contact anywhere', () => {
    const proposals = proposeHosts(malmo, [kvarnby, abf, fritid, ...generateInterests(200, 8)], { today: '2019-05-13', locale: 'en' });
    const sector = seat(proposals, 'ungas-halsa-och-livsstil', 'sector');
    expect(sector.reasons.at(-1)).toBe('Is idéburen by its legal form; whether it has statutes, a board and an annual meeting is not in the data.');
    expect(sector.alternatives.length).toBeGreaterThan(0);
    expect(sector.alternatives.every((a) => a.score <= 1 && a.score > 0)).toBe(true);
    expect(JSON.stringify(proposals)).not.toMatch(/contact\.invalid|Cecilia|Kontakt \d|040-/);
  });
});

describe('proposeHosts’ day', () => {
  it('refuses a day that is not YYYY-MM-DD, as validateAgreement does', () => {
    expect(() => proposeHosts(malmo, [], { today: '13 maj' })).toThrow(RangeError);
  });

  it('calls a candidate formally constituted only when its statutes, board and annual meeting are stated, in Swedish and English', () => {
    const agreement = structuredClone(malmo);
    const org = agreement.organisations.find((o) => o.id === 'kvarnby-ik')!;
    org.formal = { statutes: true, board: true, annualMeeting: true };
    expect(seat(proposeHosts(agreement, [kvarnby], { today: '2019-05-13' }), 'ungas-halsa-och-livsstil', 'sector').reasons.at(-1)).toBe('Är en formellt bildad idéburen organisation.');
    expect(seat(proposeHosts(agreement, [kvarnby], { today: '2019-05-13', locale: 'en' }), 'ungas-halsa-och-livsstil', 'sector').reasons.at(-1)).toBe('Is a formally constituted idéburen organisation.');
    org.formal = { statutes: true, board: true };
    expect(seat(proposeHosts(agreement, [kvarnby], { today: '2019-05-13' }), 'ungas-halsa-och-livsstil', 'sector').reasons.at(-1)).toContain('enligt sin juridiska form');
  });

  it('never proposes a förvaltning the data says does not collaborate with the sector (seed 004: Serviceförvaltningen)', () => {
    const service: Interest = { ...fritid, id: 'service-vard', stated: { kind: 'department', department: 'serviceforvaltningen' } };
    expect(malmo.departments.find((d) => d.id === 'serviceforvaltningen')?.collaboratesWithSector).toBe(false);
    expect(proposeHosts(malmo, [service], { today: '2019-05-13' }).every((p) => p.candidate === undefined)).toBe(true);
    // The same interest from a förvaltning that collaborates is proposed.
    const agreement = structuredClone(malmo);
    delete agreement.departments.find((d) => d.id === 'serviceforvaltningen')!.collaboratesWithSector;
    expect(seat(proposeHosts(agreement, [service], { today: '2019-05-13' }), 'ungas-halsa-och-livsstil', 'municipality').candidate?.name).toBe('Serviceförvaltningen');
  });
});
