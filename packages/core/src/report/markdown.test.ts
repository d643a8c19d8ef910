import { describe, expect, it } from 'vitest';
import { malmoWithActivity } from '../../test/fixtures.js';
import { malmoWithoutHosting } from '../../test/rules-helper.js';
import { malmo } from '../presets/malmo/malmo.js';
import { reportToMarkdown } from './markdown.js';
import { yearlyReport } from './yearly-report.js';

describe('reportToMarkdown', () => {
  const { agreement, interests } = malmoWithActivity();
  const report = yearlyReport(agreement, { year: 2019, interests });

  it('renders Swedish and English with the tables a reader expects', () => {
    const sv = reportToMarkdown(report);
    expect(sv).toContain('# Årlig uppföljning 2019: Överenskommelse Malmöandan');
    // Swedish groups thousands with a non-breaking space.
    expect(sv).toContain('| Ungas hälsa och livsstil | 1 | 1 | 450\u00a0000 | 1 |');
    expect(sv).toContain('| Ungas hälsa och livsstil | MISO – Malmö Idrottsföreningars Samorganisation | Fritidsförvaltningen | fullt |');
    expect(sv).toContain('- Enskilda bidrag i underlaget: +1 (+480\u00a0000 kr)');
    expect(sv).toContain('- Läxhjälp i Rosengård');
    const en = reportToMarkdown(yearlyReport(agreement, { year: 2019, interests, locale: 'en' }));
    expect(en).toContain('# Yearly follow-up 2019: The Malmöandan Agreement');
    expect(en).toContain("| Young people's health and lifestyle | 1 | 1 | 450,000 | 1 |");
    expect(en).toContain('| Equal leisure and culture | vacant | vacant | vacant |');
  });

  it('gives the executive board its own table, not a row among the förvaltningar', () => {
    const sv = reportToMarkdown(report);
    const departments = sv.slice(sv.indexOf('## Per förvaltning'), sv.indexOf('## Kommunstyrelsen'));
    expect(departments).toContain('| Fritidsförvaltningen |');
    expect(departments).not.toContain('| Kommunstyrelsen |');
    expect(sv).toContain('## Kommunstyrelsen (en nämnd, ingen förvaltning)\n\n| Namn | Samverkan | Bidrag | Belopp (kr) | Intresseanmälningar |\n|---|--:|--:|--:|--:|\n| Kommunstyrelsen | 0 | 1 | 450\u00a0000 | 0 |');
  });

  it('states 2018’s grant totals with their precision, and lists the undated examples apart, in Swedish and English', () => {
    const sv = reportToMarkdown(yearlyReport(malmo, { year: 2018 }));
    expect(sv).toContain('- Samverkan: 1 (varav nya 0)\n- Bidrag enligt redovisade totalbelopp: cirka 232\u00a0500\u00a0000–232\u00a0600\u00a0000 kr\n- Enskilda bidrag i underlaget: 0, 0 kr');
    expect(sv).toContain('- Fritidsförvaltningen: 109\u00a0700\u00a0000 kr\n- Kulturförvaltningen: mer än 70\u00a0000\u00a0000 kr\n- Funktionsstödsförvaltningen: cirka 12\u00a0500\u00a0000 kr (till 40 organisationer)');
    expect(sv).toContain('- Kommunstyrelsen: 25\u00a0200\u00a0000 kr (Verksamhetsbidrag, Projektbidrag)');
    expect(sv).toContain('- Arbetsmarknads- och socialförvaltningen: 6\u00a0200\u00a0000 kr (Genom IOP-avtal (idéburet offentligt partnerskap), inte bidrag.)');
    expect(sv).toContain('- Hälsa- vård- och omsorgsförvaltningen: 200\u00a0000–300\u00a0000 kr');
    expect(sv).not.toMatch(/- Bidrag: 0, 0 kr/);
    expect(sv).toContain('## Exempel på samverkan utan årtal\n\nExempel ur underlaget, ingen fullständig inventering. De räknas inte som årets samverkan.\n\n- ');
    const en = reportToMarkdown(yearlyReport(malmo, { year: 2018, locale: 'en' }));
    expect(en).toContain('- Grants by the totals reported: about SEK 232,500,000–232,600,000');
    expect(en).toContain('- Culture Department: more than SEK 70,000,000');
    expect(en).toContain('SEK 200,000–300,000');
    expect(reportToMarkdown(yearlyReport(malmo, { year: 2019 }))).not.toContain('Bidrag enligt redovisade totalbelopp');
  });

  it('leaves hosting out without värdskap', () => {
    const sv = reportToMarkdown(yearlyReport(malmoWithoutHosting(), { year: 2019 }));
    expect(sv).not.toMatch(/Värdskap|vakant/);
  });

  it('names the rules the agreement changed', () => {
    expect(reportToMarkdown(yearlyReport(agreement, { year: 2021, interests }))).toContain('Regeln ”area-time-frame” är ändrad i överenskommelsens egna regelinställningar: years = 4.');
  });

  it('escapes data that would break a Markdown table', () => {
    const a = structuredClone(agreement);
    a.districts![0]!.label = { sv: 'Linds | <b>ängen</b>' };
    expect(reportToMarkdown(yearlyReport(a, { year: 2019 }))).toContain('| Linds \\| \\<b\\>ängen\\</b\\> |');
  });

  it('never includes a contact person', () => {
    expect(reportToMarkdown(report)).not.toMatch(/Dana|contact\.invalid|040-99/);
  });
});
