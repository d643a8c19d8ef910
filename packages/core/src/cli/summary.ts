import { actorNames } from '../agreement/actor-names.js';
import { type Agreement, getCurrentPlan } from '../agreement/agreement.js';
import { currentHost } from '../area/area.js';
import { resolveLanguage } from '../locales/resolve.js';
import { formatDate } from '../text/format.js';
import { localize } from '../text/localize.js';
import type { SummaryText } from '../locales/types.js';
import { DEFAULT_WAYS, uses } from '../organising/ways.js';

/** A readable plain-text summary of an agreement: who, what, the plan's areas and their hosts, the roles. */
export function summarize(agreement: Agreement, locale: string, today: string, t: SummaryText): string {
  const L = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  const phases = resolveLanguage(locale, 'common').common.phases;
  const day = (d: string) => formatDate(d, locale);
  const names = actorNames(agreement, locale);
  const nameOf = (id: string) => names.get(id) ?? id;

  const lines: string[] = [];
  const s = agreement.status;
  const status =
    s.state === 'draft'
      ? t.status.draft
      : s.state === 'active'
        ? t.status.active(s.since === undefined ? undefined : day(s.since))
        : t.status.terminated(day(s.date), L(s.reason));
  const region = agreement.municipality.kind === 'region';
  // The public side is the kommun or, for a region's agreement, the region.
  const side = (s: 'municipality' | 'sector') => (s === 'municipality' && region ? t.sides.region : t.sides[s]);
  lines.push(L(agreement.name));
  lines.push(
    `${agreement.municipality.name} (${region ? t.countyCode : t.municipalityCode} ${agreement.municipality.code}) · ${t.adopted} ${day(agreement.adopted)}` +
      `${agreement.decisionReference ? ` (${agreement.decisionReference})` : ''} · ${status}` +
      `${agreement.asOf ? ` · ${t.asOf(day(agreement.asOf))}` : ''}`,
  );
  lines.push(`${t.parties}: ${agreement.parties.map((p) => `${p.name} (${side(p.side)})`).join('; ')}`);
  lines.push('', t.vision, `  ${L(agreement.vision)}`);
  if (agreement.aims.length > 0) {
    lines.push('', t.aims, ...agreement.aims.map((a) => `  • ${L(a)}`));
  }
  lines.push('', `${t.principles} (${agreement.principles.length})`, ...agreement.principles.map((p) => `  • ${L(p.label)}`));

  const plan = getCurrentPlan(agreement);
  lines.push('');
  if (!plan) {
    lines.push(t.noPlan);
  } else {
    lines.push(`${t.plan}: ${L(plan.name)} (${day(plan.period.start)} – ${day(plan.period.end)})`);
    lines.push(`${t.areas} (${plan.areas.length})`);
    const hosting = uses(agreement, 'hosting');
    plan.areas.forEach((area, i) => {
      lines.push(`  ${i + 1}. ${L(area.name)}`);
      // Hosts and phases belong to värdskap: an agreement organised otherwise shows neither, and no "vakant".
      if (!hosting) return;
      const sector = currentHost(area, 'sector', today);
      const municipal = currentHost(area, 'municipality', today);
      if (area.phase) lines.push(`     ${t.phase}: ${phases[area.phase]}`);
      lines.push(`     ${t.hostSector}: ${sector ? nameOf(sector.host) : t.vacant}`);
      lines.push(`     ${t.hostMunicipality}: ${municipal ? nameOf(municipal.host) : t.vacant}`);
    });
  }

  const ways = agreement.organising?.ways ?? DEFAULT_WAYS;
  lines.push('', `${t.organising}: ${ways.map((w) => t.ways[w]).join(', ')}`);
  for (const f of agreement.organising?.forums ?? []) lines.push(t.forum(L(f.name), f.members.reduce((n, m) => n + (m.count ?? 1), 0), f.meetings?.length ?? 0));
  const secretariat = agreement.organising?.secretariat;
  if (secretariat) lines.push(t.secretariat(nameOf(secretariat.runBy)));
  const conference = agreement.organising?.conference;
  if (conference) lines.push(t.conference(L(conference.name), conference.everyYears ?? 1));

  const coordinators = agreement.roles?.coordinators ?? [];
  const workingGroup = agreement.roles?.workingGroup;
  if (coordinators.length > 0) lines.push('', t.coordinators);
  for (const c of coordinators) {
    const title = c.title ? L(c.title) : c.id;
    lines.push(`  • ${title} (${side(c.side)}), ${t.attachedTo}: ${c.attachedTo ? nameOf(c.attachedTo) : t.notStated}`);
  }
  if (workingGroup) {
    const composition = workingGroup.composition.map((r) => t.roles[r]).join(', ');
    lines.push(`${t.workingGroup}: ${composition} · ${t.members(workingGroup.members.length)}`);
  }

  lines.push('');
  const counts = [
    `${t.departments}: ${agreement.departments.length}`,
    `${t.organisations}: ${agreement.organisations.length}`,
  ];
  const register = agreement.joined ?? [];
  const joinedAgreement = new Set(register.filter((j) => (j.to ?? 'agreement') === 'agreement' && (j.left === undefined || j.left > today)).map((j) => j.organisation));
  if (joinedAgreement.size > 0) counts.push(t.joined(joinedAgreement.size));
  if (agreement.declarationOfIntent) {
    const declared = new Set(register.filter((j) => j.to === 'declaration-of-intent').map((j) => j.organisation));
    counts.push(t.declaration(agreement.declarationOfIntent.year, declared.size));
  }
  if ((agreement.iops ?? []).length > 0) counts.push(t.iops(agreement.iops!.length));
  lines.push(counts.join(' · '));
  lines.push(
    [
      `${t.grantCategories}: ${agreement.grantCategories.length}`,
      `${t.collaborationForms}: ${agreement.collaborationForms.length}`,
      `${t.collaborations}: ${agreement.collaborations.length}`,
      `${t.glossary}: ${agreement.glossary.length}`,
    ].join(' · '),
  );
  if ((agreement.history ?? []).length > 0) {
    lines.push('', t.history, ...agreement.history!.map((e) => `  • ${e.date}: ${L(e.text)}`));
  }
  return `${lines.join('\n')}\n`;
}
