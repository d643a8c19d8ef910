import type { Agreement } from '../src/agreement/agreement.js';
import type { Interest } from '../src/interest/interest.js';
import { malmo } from '../src/presets/malmo/malmo.js';

/** Malmö with grants, hosts and reports added for 2018–2019, as a follow-up would have them. */
export function malmoWithActivity(): { agreement: Agreement; interests: Interest[] } {
  const agreement = structuredClone(malmo);
  Object.assign(agreement.organisations.find((o) => o.id === 'kvarnby-ik')!, {
    organisationNumber: '802000-0009',
    legalForm: 'non-profit-association',
    associationRegister: true,
    districts: ['rosengard'],
  });
  agreement.grants = [
    { id: 'g-2018-1', category: 'allmanna-foreningsbidrag', recipient: 'kvarnby-ik', grantor: 'fritidsforvaltningen', amountSek: 120_000, from: '2018-02-01', to: '2018-12-31' },
    { id: 'g-2019-1', category: 'allmanna-foreningsbidrag', recipient: 'kvarnby-ik', grantor: 'fritidsforvaltningen', amountSek: 150_000, from: '2019-02-01', to: '2019-12-31', area: 'jamlik-fritid-och-kultur' },
    { id: 'g-2019-2', category: 'ks-anslag-projekt-och-utredningar', recipient: 'radda-barnen-region-syd', grantor: 'kommunstyrelsen', amountSek: 450_000, from: '2019-03-01', to: '2020-12-31', area: 'ungas-halsa-och-livsstil', purpose: { sv: 'Forward Malmö: Malmöakademin 2019' } },
  ];
  const area = agreement.plans[0]!.areas[0]!;
  area.phase = 'dialogue-and-matching';
  area.hosts = [
    { side: 'sector', host: 'miso', from: '2019-04-01', agreement: { reference: 'STK-2019-0042', signed: '2019-03-20' } },
    { side: 'municipality', host: 'fritidsforvaltningen', from: '2019-04-01' },
  ];
  agreement.roles!.workingGroup!.members.push({ role: 'host', member: 'miso', area: area.id }, { role: 'host', member: 'fritidsforvaltningen', area: area.id });
  agreement.collaborations.push({
    id: 'laxhjalp-rosengard',
    name: { sv: 'Läxhjälp i Rosengård' },
    forms: ['verksamhet-och-projekt'],
    areas: ['ungas-halsa-och-livsstil'],
    partners: [
      { kind: 'organisation', ref: 'kvarnby-ik' },
      { kind: 'department', ref: 'grundskoleforvaltningen' },
    ],
    districts: ['rosengard'],
    targetGroups: ['unga'],
    since: 2019,
  });
  agreement.yearlyReports = [{ year: 2018, submitted: '2019-03-05' }];
  const interests: Interest[] = [
    {
      id: 'i-2019-1',
      stated: { kind: 'organisation', organisation: 'kvarnby-ik' },
      areas: ['ungas-halsa-och-livsstil'],
      targetGroups: ['unga'],
      districts: ['rosengard'],
      consent: { matching: true, listing: true },
      contact: { name: 'Dana Dahl', email: 'dana@contact.invalid', phone: '040-99 99 99' },
      submitted: '2019-09-01',
    },
  ];
  return { agreement, interests };
}
