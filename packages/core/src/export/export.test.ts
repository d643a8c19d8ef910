import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { malmoWithActivity } from '../../test/fixtures.js';
import { malmo } from '../presets/malmo/malmo.js';
import { organisationsToCsv, toPopolo } from './popolo.js';
import { to360Giving } from './three-sixty-giving.js';

// The 360Giving Data Standard's required fields (schema/360-giving-schema.json: "required": id, title,
// description, currency, amountAwarded, awardDate, recipientOrganization, fundingOrganization; an
// Organization requires id and name), with the date pattern and the shape of the package.
const organisation = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string', minLength: 1 }, department: { type: 'string' } },
};
const datePattern = '^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$';
const package360 = {
  type: 'object',
  required: ['grants'],
  properties: {
    grants: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'description', 'currency', 'amountAwarded', 'awardDate', 'recipientOrganization', 'fundingOrganization'],
        properties: {
          id: { type: 'string', pattern: '^360G-' },
          title: { type: 'string' },
          description: { type: 'string' },
          currency: { enum: ['SEK'] },
          amountAwarded: { type: 'number' },
          awardDate: { type: 'string', pattern: datePattern },
          recipientOrganization: { type: 'array', minItems: 1, items: organisation },
          fundingOrganization: { type: 'array', minItems: 1, items: organisation },
          plannedDates: { type: 'array', items: { type: 'object', properties: { startDate: { pattern: datePattern }, endDate: { pattern: datePattern } } } },
        },
      },
    },
  },
};

describe('to360Giving', () => {
  const { agreement } = malmoWithActivity();
  const data = to360Giving(agreement, { prefix: '360G-malmostad-' });

  it('meets the standard’s required fields for every grant', () => {
    const validate = new Ajv({ allErrors: true }).compile(package360);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.grants).toHaveLength(3);
  });

  it('names the förvaltning as the funder’s department and identifies organisations by SE-ON', () => {
    const [first, , ks] = data.grants;
    expect(first).toMatchObject({
      id: '360G-malmostad-malmoandan-g-2018-1',
      title: 'Allmänna föreningsbidrag',
      currency: 'SEK',
      amountAwarded: 120_000,
      awardDate: '2018-02-01',
      recipientOrganization: [{ id: 'SE-ON-8020000009', name: 'Kvarnby IK' }],
      fundingOrganization: [{ id: 'SE-ON-2120001124', name: 'Malmö stad', department: 'Fritidsförvaltningen' }],
      plannedDates: [{ startDate: '2018-02-01', endDate: '2018-12-31' }],
    });
    expect(ks!.fundingOrganization[0]!.department).toBe('Kommunstyrelsen');
    expect(ks!.description).toBe('Forward Malmö: Malmöakademin 2019');
    // No organisationsnummer known: an id under the publisher's prefix, never an invented SE-ON.
    expect(ks!.recipientOrganization[0]!.id).toBe('360G-malmostad-org-radda-barnen-region-syd');
  });

  it('publishes nothing for an agreement without grants', () => {
    expect(to360Giving(malmo)).toEqual({ grants: [] });
  });
});

describe('toPopolo', () => {
  const { agreement } = malmoWithActivity();
  const popolo = toPopolo(agreement);

  it('lists the municipality, its board and departments, and the organisations with their identifiers', () => {
    const byId = new Map(popolo.organizations.map((o) => [o.id, o]));
    expect(byId.get('malmoandan/municipality')).toMatchObject({
      name: 'Malmö stad',
      identifiers: [{ scheme: 'SE-KOMMUNKOD', identifier: '1280' }, { scheme: 'SE-ON', identifier: '2120001124' }],
    });
    expect(byId.get('fritidsforvaltningen')).toMatchObject({ classification: 'förvaltning', parent_id: 'malmoandan/municipality' });
    expect(byId.get('miso')?.classification).toBe('metaorganisation');
    expect(byId.get('kvarnby-ik')?.identifiers).toEqual([{ scheme: 'SE-ON', identifier: '8020000009' }]);
  });

  it('makes hosts members of their area, on behalf of their side, and coordinators posts', () => {
    const hosting = popolo.memberships.filter((m) => m.role === 'värd' && m.organization_id.includes('/ungas-halsa-och-livsstil'));
    expect(hosting.map((m) => [m.member?.id, m.on_behalf_of_id, m.start_date])).toEqual([
      ['miso', 'malmoandan/sector', '2019-04-01'],
      ['fritidsforvaltningen', 'malmoandan/municipality', '2019-04-01'],
    ]);
    expect(popolo.posts.map((p) => [p.id, p.organization_id])).toEqual([
      ['samordnare-malmo-stad', 'kommunstyrelsen'],
      ['samordnare-ideburen-sektor', 'malmoandan/sector'],
    ]);
    const wg = popolo.memberships.filter((m) => m.organization_id === 'malmoandan/working-group');
    expect(wg.map((m) => m.post_id ?? m.member?.id)).toEqual(['samordnare-malmo-stad', 'samordnare-ideburen-sektor', 'miso', 'fritidsforvaltningen']);
    expect(new Set(popolo.memberships.map((m) => m.id)).size).toBe(popolo.memberships.length);
  });
});

describe('organisationsToCsv', () => {
  it('writes one row per organisation with its identifiers, when it joined and whether it took part in the declaration of intent', () => {
    const { agreement } = malmoWithActivity();
    const lines = organisationsToCsv(agreement).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,organisation_number,legal_form,kind,metaorganisation,members,districts,target_groups,website,joined,declaration_of_intent,registered_ideburen');
    expect(lines).toHaveLength(agreement.organisations.length + 1);
    expect(lines).toContain('kvarnby-ik,Kvarnby IK,802000-0009,non-profit-association,idea-based,no,,rosengard,,,,yes,');
    expect(lines).toContain('mentala-natverket-skane-mns,"Mentala Nätverket Skåne, MNS",,,idea-based,no,,,,,,yes,');
    expect(lines).toContain('sensus,Sensus,,,study-association,yes,,,,,,no,');
  });
});

describe('no output carries a contact person', () => {
  it('holds for every export', () => {
    const { agreement } = malmoWithActivity();
    const text = JSON.stringify(to360Giving(agreement)) + JSON.stringify(toPopolo(agreement)) + organisationsToCsv(agreement);
    expect(text).not.toMatch(/contact|email|telephone|[\w.]+@[\w.]+/i);
  });
});
