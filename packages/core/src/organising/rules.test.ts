import { describe, expect, it } from 'vitest';
import { codes, hostedMalmo, issuesOf, malmoWithoutHosting } from '../../test/rules-helper.js';
import { validateAgreement } from '../validate/validate.js';

describe('an agreement without värdskap (Göteborg: a secretariat and forums)', () => {
  it('validates with no error, and the hosting rules say nothing', () => {
    const result = validateAgreement(malmoWithoutHosting(), { today: '2019-05-13' });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.issues.map((i) => i.rule).filter((r) => r?.startsWith('host') || r === 'coordinators')).toEqual([]);
    expect(result.issues.some((i) => i.code === 'hosting_seat_vacant')).toBe(false);
  });

  it('refuses hosts or a phase on an area, at that field', () => {
    const a = malmoWithoutHosting();
    a.plans[0]!.areas[1]!.hosts = [];
    a.plans[0]!.areas[2]!.phase = 'dialogue-and-matching';
    const issues = issuesOf('hosting-unused', a);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['hosting_not_used', 'plans.0.areas.1.hosts'],
      ['hosting_not_used', 'plans.0.areas.2.phase'],
    ]);
    expect(issues[0]!.message).toContain('lägg till ”hosting” under ”organising.ways”');
  });

  it('passes Malmö, which uses värdskap, under hosting-unused', () => {
    expect(issuesOf('hosting-unused', hostedMalmo())).toEqual([]);
  });
});

describe('rule organising-ways', () => {
  it('reports a way listed but not described, and one described but not listed', () => {
    const a = malmoWithoutHosting();
    a.organising!.ways = ['forums', 'conference'];
    expect(issuesOf('organising-ways', a).map((i) => [i.code, i.params.value])).toEqual([
      ['organising_way_unlisted', 'secretariat'],
      ['organising_way_undescribed', 'conference'],
    ]);
  });
});

describe('rule forum-members (Västra Götalandsregionen: five politicians and five from the sector)', () => {
  it('passes a forum with members from both sides', () => {
    expect(issuesOf('forum-members', malmoWithoutHosting())).toEqual([]);
  });

  it('warns when one side has no member in force, and reports a term that ends before it starts', () => {
    const a = malmoWithoutHosting();
    const members = a.organising!.forums![0]!.members;
    members[0]!.to = '2018-12-01';
    expect(issuesOf('forum-members', a).map((i) => [i.code, i.path.join('.'), i.params.side])).toEqual([
      ['term_ends_before_start', 'organising.forums.0.members.0.to', undefined],
      ['forum_side_missing', 'organising.forums.0.members', 'municipality'],
    ]);
  });
});

describe('rule conference-held (Uppsala: a yearly dialogue conference)', () => {
  it('notes a year with no conference recorded since the first, and passes an unbroken series', () => {
    const a = malmoWithoutHosting();
    a.organising!.ways.push('conference');
    a.organising!.conference = { name: { sv: 'Dialogkonferens' }, held: [{ date: '2016-10-01' }, { date: '2018-10-01' }] };
    expect(issuesOf('conference-held', a).map((i) => [i.code, i.params.years])).toEqual([['conference_not_held', ['2017']]]);
    a.organising!.conference.held!.push({ date: '2017-09-28' });
    expect(codes(issuesOf('conference-held', a))).toEqual([]);
  });
});
