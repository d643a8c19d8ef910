import { describe, expect, it } from 'vitest';
import { codes, hostedMalmo, hostedArea, issuesOf, malmoCopy } from '../../test/rules-helper.js';

describe('rule hosting-seats (seed 003: one host from each side per area)', () => {
  it('passes an active area with one host from an idéburen organisation and one from a department', () => {
    const a = malmoCopy();
    for (let i = 0; i < 5; i++) hostedArea(a, i);
    expect(issuesOf('hosting-seats', a)).toEqual([]);
  });

  it('is an error when an area past its first step has a vacant seat, naming the area and the side', () => {
    const a = malmoCopy();
    for (let i = 0; i < 5; i++) hostedArea(a, i);
    a.plans[0]!.areas[1]!.hosts!.pop();
    const [issue, ...rest] = issuesOf('hosting-seats', a);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'hosting_seat_vacant', severity: 'error', path: ['plans', 0, 'areas', 1, 'hosts'] });
    expect(issue!.message).toBe(
      'Området ”Jämlik fritid och kultur” saknar värd från en förvaltning. Varje aktivt område ska ha en värd från en idéburen organisation och en från en förvaltning – lägg till värdskapet under ”hosts”.',
    );
  });

  it('only notes a vacant seat while the coordinators are still identifying hosts, as in the Malmö preset', () => {
    const issues = issuesOf('hosting-seats', malmoCopy());
    expect(issues).toHaveLength(5);
    expect(issues.every((i) => i.code === 'hosting_seat_vacant' && i.severity === 'info')).toBe(true);
  });

  it('counts a seat whose term has ended as vacant', () => {
    const a = malmoCopy();
    for (let i = 0; i < 5; i++) hostedArea(a, i);
    a.plans[0]!.areas[0]!.hosts![0]!.to = '2019-03-31';
    expect(codes(issuesOf('hosting-seats', a))).toEqual(['hosting_seat_vacant']);
    expect(issuesOf('hosting-seats', a, { today: '2019-03-31' })).toEqual([]);
  });

  it('ignores areas that are planned or concluded', () => {
    const a = malmoCopy();
    a.plans[0]!.areas.forEach((area) => (area.status = 'concluded'));
    expect(issuesOf('hosting-seats', a)).toEqual([]);
  });

  it('is an error when two hosts hold the same side at once', () => {
    const a = malmoCopy();
    for (let i = 0; i < 5; i++) hostedArea(a, i);
    a.plans[0]!.areas[2]!.hosts!.push({ side: 'sector', host: 'mip', from: '2019-02-01' });
    const issues = issuesOf('hosting-seats', a);
    expect(codes(issues)).toEqual(['hosting_seat_double']);
    expect(issues[0]!.message).toContain('har 2 värdar från en idéburen organisation samtidigt');
  });
});

describe('rule host-eligibility (seeds 003, 004)', () => {
  it('passes an idéburen organisation on the sector side and a department on the municipal side', () => {
    const a = malmoCopy();
    hostedArea(a);
    expect(issuesOf('host-eligibility', a)).toEqual([]);
  });

  it('refuses a department, a company or an organisation without statutes as the sector’s host', () => {
    const a = malmoCopy();
    const area = hostedArea(a);
    a.organisations.push(
      { id: 'bolaget', name: 'Bolaget AB', legalForm: 'limited-company' },
      { id: 'lösa', name: 'Föreningen utan stadgar', legalForm: 'non-profit-association', formal: { statutes: false, board: true, annualMeeting: true } },
    );
    a.organisations[a.organisations.length - 1]!.id = 'utan-stadgar';
    area.hosts![0]!.host = 'kulturforvaltningen';
    a.plans[0]!.areas[1]!.hosts = [{ side: 'sector', host: 'bolaget', from: '2019-01-01' }];
    a.plans[0]!.areas[2]!.hosts = [{ side: 'sector', host: 'utan-stadgar', from: '2019-01-01' }];
    const issues = issuesOf('host-eligibility', a);
    expect(codes(issues)).toEqual(['host_not_ideburen', 'host_not_ideburen', 'host_not_ideburen']);
    expect(issues[0]!.message).toContain('”kulturforvaltningen” är en förvaltning');
    expect(issues[1]!.message).toContain('”Bolaget AB” är inte en formellt bildad idéburen organisation (ett aktiebolag)');
    expect(issues[2]!.message).toContain('(stadgar, styrelse eller årsmöte saknas');
  });

  it('refuses an informal group as host, though it may collaborate', () => {
    const a = malmoCopy();
    a.organisations.push({ id: 'boendenatverket', name: 'Boendenätverket på Lindängen', legalForm: 'informal-group' });
    hostedArea(a).hosts![0]!.host = 'boendenatverket';
    const issues = issuesOf('host-eligibility', a);
    expect(codes(issues)).toEqual(['host_informal']);
    expect(issues[0]!.message).toContain('är en informell grupp och ligger utanför överenskommelsen');
  });

  it('refuses an organisation as the municipality’s host', () => {
    const a = malmoCopy();
    hostedArea(a).hosts![1]!.host = 'mip';
    expect(codes(issuesOf('host-eligibility', a))).toEqual(['host_not_department']);
  });
});

describe('rule hosting-agreement (seed 003: an avtal regulates each hosting assignment)', () => {
  it('passes a sector seat with its avtal recorded', () => {
    const a = malmoCopy();
    hostedArea(a);
    expect(issuesOf('hosting-agreement', a)).toEqual([]);
  });

  it('warns when a hosting organisation has no avtal recorded', () => {
    const a = malmoCopy();
    delete hostedArea(a).hosts![0]!.agreement;
    const issues = issuesOf('hosting-agreement', a);
    expect(issues).toMatchObject([{ code: 'hosting_agreement_missing', severity: 'warning', path: ['plans', 0, 'areas', 0, 'hosts', 0] }]);
    expect(issues[0]!.message).toContain('MISO – Malmö Idrottsföreningars Samorganisation');
  });
});

describe('rule hosting-terms', () => {
  it('passes terms that follow one another on the same seat', () => {
    const a = malmoCopy();
    const area = hostedArea(a);
    area.hosts![0]!.to = '2020-12-31';
    area.hosts!.push({ side: 'sector', host: 'mip', from: '2021-01-01', agreement: { reference: 'x', signed: '2020-12-01' } });
    expect(issuesOf('hosting-terms', a)).toEqual([]);
  });

  it('reports terms of the same seat that overlap, with both', () => {
    const a = malmoCopy();
    const area = hostedArea(a);
    area.hosts![0]!.to = '2021-06-30';
    area.hosts!.push({ side: 'sector', host: 'mip', from: '2021-01-01' });
    const issues = issuesOf('hosting-terms', a);
    expect(issues).toMatchObject([{ code: 'hosting_terms_overlap', path: ['plans', 0, 'areas', 0, 'hosts', 2], params: { other: 'hosts[0]' } }]);
    expect(issues[0]!.message).toContain('det här börjar 2021-01-01, men hosts[0] slutar först 2021-06-30');
  });

  it('reports a term that ends before it starts', () => {
    const a = malmoCopy();
    hostedArea(a).hosts![1]!.to = '2018-01-01';
    expect(codes(issuesOf('hosting-terms', a))).toEqual(['term_ends_before_start']);
  });
});

describe('seed 003 on a fully hosted Malmö agreement, one value changed', () => {
  it('passes the fully hosted agreement under every hosting rule', () => {
    for (const rule of ['hosting-seats', 'host-eligibility', 'hosting-agreement', 'hosting-terms']) expect(issuesOf(rule, hostedMalmo()), rule).toEqual([]);
  });

  it('refuses the kommunstyrelse as the municipal host: seed 003 asks for "en förvaltning"', () => {
    const a = hostedMalmo();
    a.plans[0]!.areas[2]!.hosts![1]!.host = 'kommunstyrelsen';
    const issues = issuesOf('host-eligibility', a);
    expect(issues).toMatchObject([{ code: 'host_executive_board', severity: 'error', path: ['plans', 0, 'areas', 2, 'hosts', 1, 'host'] }]);
    expect(issues[0]!.message).toBe('Kommunens värd för ”Stadsliv, allmänna platser och lokaler” är kommunstyrelsen, men värden ska vara en förvaltning. Ange den förvaltning som håller värdskapet.');
    a.plans[0]!.areas[2]!.hosts![1]!.host = 'kulturforvaltningen';
    expect(issuesOf('host-eligibility', a)).toEqual([]);
  });

  it('flags a hosting avtal that has run out while the seat is held, and not once the seat has ended', () => {
    const a = hostedMalmo();
    a.plans[0]!.areas[1]!.hosts![0]!.agreement!.validUntil = '2019-03-31';
    const issues = issuesOf('hosting-agreement', a, { locale: 'en' });
    expect(issues).toMatchObject([{ code: 'hosting_agreement_expired', severity: 'warning', path: ['plans', 0, 'areas', 1, 'hosts', 0, 'agreement', 'validUntil'] }]);
    expect(issues[0]!.message).toContain('ran until 2019-03-31, but the hosting goes on');
    a.plans[0]!.areas[1]!.hosts![0]!.to = '2019-03-31';
    expect(issuesOf('hosting-agreement', a)).toEqual([]);
    const valid = hostedMalmo();
    valid.plans[0]!.areas[1]!.hosts![0]!.agreement!.validUntil = '2019-05-13';
    expect(issuesOf('hosting-agreement', valid)).toEqual([]);
  });
});
