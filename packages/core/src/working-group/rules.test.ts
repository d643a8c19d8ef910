import { describe, expect, it } from 'vitest';
import { hostedArea, issuesOf, malmoCopy } from '../../test/rules-helper.js';

describe('rule working-group (seed 003: coordinators and the areas’ hosts)', () => {
  it('passes Malmö’s working group of its two coordinators', () => {
    expect(issuesOf('working-group', malmoCopy())).toEqual([]);
  });

  it('warns when a coordinator is not in the working group', () => {
    const a = malmoCopy();
    a.roles!.workingGroup!.members.pop();
    const issues = issuesOf('working-group', a);
    expect(issues).toMatchObject([{ code: 'working_group_member_missing', severity: 'warning', params: { role: 'coordinator' } }]);
    expect(issues[0]!.message).toContain('Samordnaren ”Samordnare för idéburen sektor” sitter inte i arbetsgruppen');
  });

  it('warns when a host of an active area is not in it, and passes once the host is seated', () => {
    const a = malmoCopy();
    hostedArea(a);
    const issues = issuesOf('working-group', a);
    expect(issues.map((i) => i.params.value)).toEqual(['miso', 'fritidsforvaltningen']);
    expect(issues[0]!.message).toContain('för ”Ungas hälsa och livsstil” sitter inte i arbetsgruppen');
    a.roles!.workingGroup!.members.push(
      { role: 'host', member: 'miso', area: 'ungas-halsa-och-livsstil' },
      { role: 'host', member: 'fritidsforvaltningen' },
    );
    expect(issuesOf('working-group', a)).toEqual([]);
  });

  it('does not ask for hosts when the group’s composition has none, nor for anything without a group', () => {
    const a = malmoCopy();
    hostedArea(a);
    a.roles!.workingGroup!.composition = ['coordinator', 'co-opted'];
    expect(issuesOf('working-group', a)).toEqual([]);
    delete a.roles!.workingGroup;
    expect(issuesOf('working-group', a)).toEqual([]);
  });
});
