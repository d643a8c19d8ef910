import { describe, expect, it } from 'vitest';
import { malmoWithActivity } from '../../test/fixtures.js';
import { malmo } from '../presets/malmo/malmo.js';
import { toListing } from './listing.js';

describe('toListing', () => {
  it('holds the current plan’s five areas, the six principles and the twelve collaborations of Malmöandan', () => {
    const listing = toListing(malmo);
    expect(listing.areas.map((a) => a.name.sv)).toEqual([
      'Ungas hälsa och livsstil',
      'Jämlik fritid och kultur',
      'Stadsliv, allmänna platser och lokaler',
      'Delaktighet, trygghet, demokrati',
      'Nya vägar till arbete och aktivitet',
    ]);
    expect(listing.principles).toHaveLength(6);
    expect(listing.collaborations).toHaveLength(12);
    expect(listing.plan).toEqual({ id: 'samarbetsplan-2018-2022', name: malmo.plans[0]!.name, period: { start: '2018-06-13', end: '2022-12-31' } });
  });

  it('resolves hosts and partners to names, so it stands alone', () => {
    const { agreement } = malmoWithActivity();
    const listing = toListing(agreement);
    expect(listing.areas[0]!.hosts!.map((h) => h.name)).toEqual(['MISO – Malmö Idrottsföreningars Samorganisation', 'Fritidsförvaltningen']);
    expect(listing.collaborations.find((c) => c.id === 'kraftsamling-herrgarden')!.partners.slice(0, 3)).toEqual([
      'Rädda Barnen Region Syd',
      'Individuell Människohjälp (IM)',
      'Arbetsmarknads- och socialförvaltningen',
    ]);
  });

  it('names the departments and the forms of collaboration, for a form that asks for them', () => {
    const listing = toListing(malmo);
    expect(listing.departments).toHaveLength(malmo.departments.length);
    expect(listing.departments.find((d) => d.id === 'fritidsforvaltningen')!.name.sv).toBe('Fritidsförvaltningen');
    expect(listing.forms.map((f) => f.id)).toEqual(malmo.collaborationForms.map((f) => f.id));
    expect(listing.forms.every((f) => typeof f.name.sv === 'string' && f.name.sv.length > 0)).toBe(true);
  });

  it('leaves out grants, rule settings, reports and everything the listing does not show', () => {
    const { agreement } = malmoWithActivity();
    const text = JSON.stringify(toListing(agreement));
    expect(text).not.toMatch(/amountSek|organisationNumber|yearlyReports|"rules"|STK-2019-0042/);
  });
});
