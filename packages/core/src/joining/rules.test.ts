import { describe, expect, it } from 'vitest';
import { codes, hostedMalmo, issuesOf } from '../../test/rules-helper.js';

describe('rule joining (Göteborg, Västra Götalandsregionen: organisations join by application)', () => {
  const withJoined = () => {
    const a = hostedMalmo();
    a.joined!.push(
      { organisation: 'kvarnby-ik', date: '2018-02-01', how: 'application' },
      { organisation: 'miso', date: '2017-06-14', how: 'signed-at-adoption' },
    );
    return a;
  };

  it('passes the preset and a register of joinings by application and at adoption', () => {
    expect(issuesOf('joining', hostedMalmo())).toEqual([]);
    expect(issuesOf('joining', withJoined())).toEqual([]);
  });

  it('reports a joining of the agreement dated before its adoption, at its date', () => {
    const a = withJoined();
    a.joined![32]!.date = '2016-05-01';
    const issues = issuesOf('joining', a);
    expect(codes(issues)).toEqual(['joining_before_adoption']);
    expect(issues[0]!.path).toEqual(['joined', 32, 'date']);
    expect(issues[0]!.message).toContain('innan överenskommelsen antogs 2017-06-14');
  });

  it('reports leaving before joining', () => {
    const a = withJoined();
    a.joined![32]!.left = '2018-01-01';
    expect(issuesOf('joining', a).map((i) => [i.code, i.path.join('.')])).toEqual([['joining_left_before_joined', 'joined.32.left']]);
  });

  it('reports a signing at adoption on another day', () => {
    const a = withJoined();
    a.joined![33]!.date = '2017-09-01';
    expect(codes(issuesOf('joining', a))).toEqual(['joining_not_at_adoption']);
  });

  it('reports a joining after the agreement ended', () => {
    const a = withJoined();
    a.status = { state: 'terminated', date: '2018-01-01', reason: { sv: 'Avvecklad.' } };
    expect(issuesOf('joining', a).filter((i) => i.rule === 'joining').map((i) => [i.code, i.path.join('.')])).toEqual([['joining_after_end', 'joined.32.date']]);
  });

  it('reports an organisation joined twice at once, and passes one that left and joined again', () => {
    const a = withJoined();
    a.joined!.push({ organisation: 'kvarnby-ik', date: '2019-01-01', how: 'application' });
    const issues = issuesOf('joining', a);
    expect(issues.map((i) => [i.code, i.path.join('.'), i.params.other])).toEqual([['joining_twice', 'joined.34.organisation', 'joined[32]']]);
    a.joined![32]!.left = '2018-10-01';
    expect(issuesOf('joining', a)).toEqual([]);
  });

  it('takes the declaration of intent as before the agreement, and reports one joined after adoption', () => {
    const a = withJoined();
    a.joined![0]!.date = '2018';
    expect(codes(issuesOf('joining', a))).toEqual(['joining_declaration_after_adoption']);
  });

  it('reports a joined organisation that does not exist under the references rule', () => {
    const a = withJoined();
    a.joined![32]!.organisation = 'okand';
    expect(issuesOf('references', a).map((i) => i.path.join('.'))).toEqual(['joined.32.organisation']);
  });
});
