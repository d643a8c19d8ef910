import { describe, expect, it } from 'vitest';
import { codes, hostedMalmo, issuesOf, malmoCopy } from '../../test/rules-helper.js';

describe('rule coordinators (seeds 001, 003: one for the municipality, one for the sector)', () => {
  it('passes Malmö’s two coordinators', () => {
    expect(issuesOf('coordinators', malmoCopy())).toEqual([]);
  });

  it('reports a missing coordinator by side', () => {
    const a = malmoCopy();
    a.roles!.coordinators! = a.roles!.coordinators!.filter((c) => c.side === 'municipality');
    const issues = issuesOf('coordinators', a);
    expect(issues).toMatchObject([{ code: 'coordinator_missing', severity: 'error', params: { side: 'sector' } }]);
    expect(issues[0]!.message).toContain('Det finns ingen samordnare för den idéburna sektorn');
  });

  it('reports a second coordinator for the same side at the same time, but not one who took over', () => {
    const a = malmoCopy();
    a.roles!.coordinators!.push({ id: 'samordnare-2', side: 'municipality', attachedTo: 'kommunstyrelsen' });
    expect(codes(issuesOf('coordinators', a))).toEqual(['coordinator_extra']);
    a.roles!.coordinators![0]!.to = '2019-01-31';
    a.roles!.coordinators![2]!.from = '2019-02-01';
    expect(issuesOf('coordinators', a)).toEqual([]);
  });
});

describe('rule coordinator-attachment (seed 003: kommunstyrelsen; seed 001: a metaorganisation)', () => {
  it('passes the municipal coordinator tied to the kommunstyrelsen and the sector’s to a metaorganisation', () => {
    const a = malmoCopy();
    a.roles!.coordinators![1]!.attachedTo = 'mip';
    expect(issuesOf('coordinator-attachment', a)).toEqual([]);
  });

  it('notes that Malmö’s sources name no metaorganisation for the sector’s coordinator', () => {
    expect(issuesOf('coordinator-attachment', malmoCopy())).toMatchObject([
      { code: 'coordinator_attachment_missing', severity: 'info', path: ['roles', 'coordinators', 1, 'attachedTo'] },
    ]);
  });

  it('is an error when the municipal coordinator is tied to a department instead', () => {
    const a = malmoCopy();
    a.roles!.coordinators![0]!.attachedTo = 'fritidsforvaltningen';
    expect(codes(issuesOf('coordinator-attachment', a))).toContain('coordinator_not_attached_to_executive_board');
  });

  it('warns when the sector’s coordinator is tied to an organisation that is not a metaorganisation', () => {
    const a = malmoCopy();
    a.roles!.coordinators![1]!.attachedTo = 'kvarnby-ik';
    const issues = issuesOf('coordinator-attachment', a);
    expect(issues).toMatchObject([{ code: 'coordinator_not_attached_to_metaorganisation', severity: 'warning' }]);
    expect(issues[0]!.message).toContain('”Kvarnby IK”, som inte är en metaorganisation');
  });
});

describe('the executive board’s own office', () => {
  it('counts as attached to the board: a municipal coordinator at stadskontoret passes', () => {
    const a = malmoCopy();
    a.roles!.coordinators![0]!.attachedTo = 'stadskontoret';
    expect(issuesOf('coordinator-attachment', a).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('does not count without being named as the board’s office', () => {
    const a = malmoCopy();
    delete a.municipality.executiveBoard.office;
    a.roles!.coordinators![0]!.attachedTo = 'stadskontoret';
    expect(codes(issuesOf('coordinator-attachment', a))).toContain('coordinator_not_attached_to_executive_board');
  });

  it('leaves coordinators out for an agreement that does not organise its work with them', () => {
    const a = malmoCopy();
    a.organising = { ways: ['forums'], forums: [{ id: 'forum', name: { sv: 'Forum' }, members: [] }] };
    a.roles!.coordinators = [];
    expect(issuesOf('coordinators', a)).toEqual([]);
  });
});

describe('rule coordinators: about one full-time post per side (seed 003: "två heltidstjänster")', () => {
  it('passes the preset’s full-time posts and any post of at least half', () => {
    expect(issuesOf('coordinators', hostedMalmo())).toEqual([]);
    const half = hostedMalmo();
    half.roles!.coordinators![1]!.fullTimeEquivalent = 0.5;
    expect(issuesOf('coordinators', half)).toEqual([]);
  });

  it('warns about a post far below a full-time one, in Swedish and English', () => {
    const a = hostedMalmo();
    a.roles!.coordinators![0]!.fullTimeEquivalent = 0.2;
    const [sv, ...rest] = issuesOf('coordinators', a);
    expect(rest).toEqual([]);
    expect(sv).toMatchObject({ code: 'coordinator_part_time', severity: 'warning', path: ['roles', 'coordinators', 0, 'fullTimeEquivalent'] });
    expect(sv!.message).toBe('Samordnaren för kommunen har 0,2 av en heltidstjänst. Samarbetsplanen räknar med en heltidstjänst för var sida; ange en tjänst på minst 0,5 eller skriv varför mindre räcker.');
    expect(issuesOf('coordinators', a, { locale: 'en' })[0]!.message).toContain('The coordinator for the municipality has 0.2 of a full-time post.');
  });
});
