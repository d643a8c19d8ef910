import { describe, expect, it } from 'vitest';
import { codes, issuesOf, malmoCopy } from '../../test/rules-helper.js';
import type { Grant } from './grant.js';

function withGrant(grant: Partial<Grant>) {
  const a = malmoCopy();
  // A kommun's own category that requires a written avtal (Malmö's preset has none: its IOPs are records
  // of their own, not a grant category).
  a.grantCategories.push({
    id: 'avtalsbidrag',
    name: { sv: 'Bidrag enligt avtal' },
    grantors: ['arbetsmarknads-och-socialforvaltningen'],
    requiresWrittenAgreement: true,
  });
  a.grants = [
    {
      id: 'g1',
      category: 'ks-anslag-projekt-och-utredningar',
      recipient: 'radda-barnen-region-syd',
      grantor: 'kommunstyrelsen',
      amountSek: 450_000,
      from: '2019-01-01',
      to: '2020-12-31',
      ...grant,
    },
  ];
  return a;
}

describe('rule grant-duration (seed 004: kommunstyrelsens anslag at most two years)', () => {
  it('passes a grant of exactly two years', () => {
    expect(issuesOf('grant-duration', withGrant({}))).toEqual([]);
  });

  it('reports a grant one day longer than two years, naming the last allowed day', () => {
    const issues = issuesOf('grant-duration', withGrant({ to: '2021-01-01' }));
    expect(issues).toMatchObject([{ code: 'grant_too_long', severity: 'error', path: ['grants', 0, 'to'], params: { lastDay: '2020-12-31', maxYears: 2 } }]);
    expect(issues[0]!.message).toBe(
      'Bidraget ur ”Kommunstyrelsens anslag för projekt och utredningar” löper till 2021-01-01, men får löpa högst 2 år från 2019-01-01, alltså till och med 2020-12-31. Korta perioden eller fatta ett nytt beslut.',
    );
  });

  it('reports a grant with no end date in a category with a limit', () => {
    expect(issuesOf('grant-duration', withGrant({ to: undefined }))).toMatchObject([{ code: 'grant_too_long', path: ['grants', 0, 'from'] }]);
  });

  it('reports a grant whose term ends before it starts, in any category', () => {
    const issues = issuesOf('grant-duration', withGrant({ category: 'projektbidrag', grantor: 'kulturforvaltningen', to: '2018-12-31' }));
    expect(issues).toMatchObject([{ code: 'term_ends_before_start', severity: 'error', path: ['grants', 0, 'to'], params: { from: '2019-01-01', to: '2018-12-31' } }]);
  });

  it('leaves categories without a limit alone, unless the agreement sets a default', () => {
    const a = withGrant({ category: 'projektbidrag', grantor: 'kulturforvaltningen', to: '2023-12-31' });
    expect(issuesOf('grant-duration', a)).toEqual([]);
    expect(codes(issuesOf('grant-duration', a, { rules: { 'grant-duration': { params: { defaultMaxYears: 3 } } } }))).toEqual(['grant_too_long']);
  });
});

describe('rule grant-requirements (seed 004: föreningsregister; seed 002: IOP in writing)', () => {
  it('passes a registered recipient of allmänna föreningsbidrag and a grant with its avtal', () => {
    const a = withGrant({ category: 'allmanna-foreningsbidrag', grantor: 'fritidsforvaltningen', recipient: 'kvarnby-ik' });
    a.organisations.find((o) => o.id === 'kvarnby-ik')!.associationRegister = true;
    a.grants!.push({
      id: 'avtal-1',
      category: 'avtalsbidrag',
      recipient: 'skane-stadsmission',
      grantor: 'arbetsmarknads-och-socialforvaltningen',
      amountSek: 1_200_000,
      from: '2019-01-01',
      writtenAgreement: { reference: 'ASF-2018-77', signed: '2018-12-01' },
    });
    expect(issuesOf('grant-requirements', a)).toEqual([]);
  });

  it('refuses allmänna föreningsbidrag to an organisation known not to be in the föreningsregister', () => {
    const a = withGrant({ category: 'allmanna-foreningsbidrag', grantor: 'fritidsforvaltningen', recipient: 'kvarnby-ik' });
    a.organisations.find((o) => o.id === 'kvarnby-ik')!.associationRegister = false;
    const issues = issuesOf('grant-requirements', a);
    expect(issues).toMatchObject([{ code: 'grant_requires_register', severity: 'error', path: ['grants', 0, 'recipient'] }]);
    expect(issues[0]!.message).toContain('Kvarnby IK får bidrag ur ”Allmänna föreningsbidrag” från Fritidsförvaltningen, och det kräver registrering i föreningsregistret');
  });

  it('only warns when the recipient’s registration is not stated: the data is silent, not wrong', () => {
    const a = withGrant({ category: 'allmanna-foreningsbidrag', grantor: 'fritidsforvaltningen', recipient: 'kvarnby-ik' });
    delete a.organisations.find((o) => o.id === 'kvarnby-ik')!.associationRegister;
    const issues = issuesOf('grant-requirements', a, { locale: 'en' });
    expect(issues).toMatchObject([{ code: 'grant_register_unknown', severity: 'warning', path: ['grants', 0, 'recipient'] }]);
    expect(issues[0]!.message).toContain('whether the organisation is registered is not stated');
  });

  it('requires the föreningsregister for every bidrag fritidsförvaltningen gives, as seed 004 says, not for other grantors', () => {
    const a = withGrant({ category: 'organisationsbidrag', grantor: 'fritidsforvaltningen', recipient: 'kvarnby-ik' });
    a.organisations.find((o) => o.id === 'kvarnby-ik')!.associationRegister = false;
    expect(issuesOf('grant-requirements', a)).toMatchObject([{ code: 'grant_requires_register', path: ['grants', 0, 'recipient'] }]);
    a.grants![0]!.grantor = 'kulturforvaltningen';
    expect(issuesOf('grant-requirements', a)).toEqual([]);
    a.grants![0]!.grantor = 'fritidsforvaltningen';
    a.organisations.find((o) => o.id === 'kvarnby-ik')!.associationRegister = true;
    expect(issuesOf('grant-requirements', a)).toEqual([]);
  });

  it('lets lokalstöd come from the grantors seed 004 names, the gymnasie- och vuxenutbildningsförvaltning’s schools included', () => {
    for (const grantor of ['fritidsforvaltningen', 'kulturforvaltningen', 'grundskoleforvaltningen', 'gymnasie-och-vuxenutbildningsforvaltningen']) {
      expect(issuesOf('grant-grantor', withGrant({ category: 'lokalstod', grantor, to: undefined })), grantor).toEqual([]);
    }
    expect(issuesOf('grant-grantor', withGrant({ category: 'lokalstod', grantor: 'miljoforvaltningen', to: undefined }))).toMatchObject([
      { code: 'grant_grantor_not_allowed', path: ['grants', 0, 'grantor'] },
    ]);
  });

  it('refuses a grant of a category that requires a written agreement without one', () => {
    const issues = issuesOf('grant-requirements', withGrant({ category: 'avtalsbidrag', grantor: 'arbetsmarknads-och-socialforvaltningen' }));
    expect(codes(issues)).toEqual(['grant_requires_written_agreement']);
  });
});

describe('rule grant-recipient', () => {
  it('passes an idéburen recipient and warns about a company', () => {
    expect(issuesOf('grant-recipient', withGrant({}))).toEqual([]);
    const a = withGrant({ recipient: 'bolaget' });
    a.organisations.push({ id: 'bolaget', name: 'Bolaget AB', legalForm: 'limited-company' });
    expect(issuesOf('grant-recipient', a)).toMatchObject([{ code: 'grant_recipient_not_ideburen', severity: 'warning' }]);
  });
});

describe('rule grant-grantor', () => {
  it('passes a grant from one of the category’s grantors', () => {
    expect(issuesOf('grant-grantor', withGrant({}))).toEqual([]);
  });

  it('warns about a grant from a department the category does not list', () => {
    const issues = issuesOf('grant-grantor', withGrant({ grantor: 'fritidsforvaltningen', to: '2018-12-31' }));
    // The term that ends before it starts is grant-duration's.
    expect(codes(issues)).toEqual(['grant_grantor_not_allowed']);
    expect(issues[0]!.message).toContain('Välj en av kommunstyrelsen');
  });
});
