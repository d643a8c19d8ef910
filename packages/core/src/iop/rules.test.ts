import { describe, expect, it } from 'vitest';
import { codes, hostedMalmo, issuesOf, withIop } from '../../test/rules-helper.js';
import { listIops } from './list.js';

describe('rule iop (seed 002: a formal partnership agreement; SKR 2017)', () => {
  it('passes an IOP in writing, for a period, before its evaluation date', () => {
    expect(issuesOf('iop', withIop())).toEqual([]);
  });

  it('flags an IOP without a written agreement', () => {
    const a = withIop();
    delete a.iops![0]!.writtenAgreement;
    expect(issuesOf('iop', a).map((i) => [i.code, i.path.join('.')])).toEqual([['iop_without_written_agreement', 'iops.0']]);
  });

  it('flags an IOP without a period', () => {
    const a = withIop();
    delete a.iops![0]!.period;
    expect(codes(issuesOf('iop', a))).toEqual(['iop_without_period']);
  });

  it('flags an evaluation date that has passed without the evaluation done, and passes it once done', () => {
    const a = withIop();
    const issues = issuesOf('iop', a, { today: '2020-02-01' });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['iop_evaluation_overdue', 'iops.0.evaluations.0.date']]);
    expect(issues[0]!.message).toContain('skulle utvärderas 2019-12-31');
    a.iops![0]!.evaluations![0]!.done = true;
    expect(issuesOf('iop', a, { today: '2020-02-01' })).toEqual([]);
  });

  it('reports a party that is neither an organisation nor a department under the references rule', () => {
    const a = withIop();
    a.iops![0]!.parties[1] = 'okand';
    expect(issuesOf('references', a).map((i) => i.path.join('.'))).toEqual(['iops.0.parties.1']);
  });
});

describe('listIops', () => {
  it('lists each IOP with its parties by name, money summed and SKR criteria counted', () => {
    const [row, ...rest] = listIops(withIop(), 'en');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      id: 'iop-stadsmission',
      parties: ['Labour Market and Social Services Department', 'Skåne Stadsmission'],
      start: '2018-01-01',
      end: '2020-12-31',
      writtenAgreement: true,
      moneySek: 1_200_000,
      inKind: 1,
      nextEvaluation: '2019-12-31',
      criteriaMet: 2,
      criteriaAssessed: 3,
      criteriaNotMet: ['not-basic-funding'],
    });
  });

  it('lists nothing for an agreement with no IOP', () => {
    expect(listIops(hostedMalmo())).toEqual([]);
  });
});

