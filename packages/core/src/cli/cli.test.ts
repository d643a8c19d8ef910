import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { malmoWithoutHosting, withIop } from '../../test/rules-helper.js';
import { RULES } from '../validate/validate.js';
import { type CliIo, run } from './cli.js';
import { ar } from '../locales/ar/index.js';

function harness(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      if (path === 'folder') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readStdin: async () => stdin,
    today: () => new Date('2019-05-13T12:00:00Z'),
    version: '1.2.3',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const minimal = (extra: object = {}) =>
  JSON.stringify({
    id: 'exempelkommun',
    name: { sv: 'Överenskommelse Exempel' },
    municipality: { name: 'Exempel kommun', code: '0180', executiveBoard: { id: 'ks', name: { sv: 'Kommunstyrelsen' } } },
    parties: [
      { id: 'kommunen', name: 'Exempel kommun', side: 'municipality' },
      { id: 'sektorn', name: 'Idéburen sektor i Exempel', side: 'sector' },
    ],
    adopted: '2020-01-01',
    status: { state: 'active' },
    vision: { sv: 'En stad för alla.' },
    aims: [],
    principles: [],
    plans: [{ id: 'plan', name: { sv: 'Plan 2020–2023' }, period: { start: '2020-01-01', end: '2023-12-31' }, areas: [] }],
    currentPlan: 'plan',
    roles: { coordinators: [] },
    departments: [],
    organisations: [],
    grantCategories: [],
    collaborationForms: [],
    collaborations: [],
    glossary: [],
    ...extra,
  });

describe('samverkan preset', () => {
  it('prints the Malmö agreement as JSON', async () => {
    const h = harness();
    expect(await run(['preset', 'malmo'], h.io)).toBe(0);
    const json = JSON.parse(h.out());
    expect(json.id).toBe('malmoandan');
    expect(json.plans[0].areas).toHaveLength(5);
  });

  it('says which presets exist when asked for an unknown one, with exit code 2', async () => {
    const h = harness();
    expect(await run(['preset', 'lund'], h.io)).toBe(2);
    expect(h.err()).toBe('Det finns ingen förinställning ”lund”. Välj en av: malmo.\n');
  });
});

describe('samverkan schema', () => {
  it('prints the JSON Schema', async () => {
    const h = harness();
    expect(await run(['schema'], h.io)).toBe(0);
    expect(JSON.parse(h.out()).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('describes every field in Swedish, and in English with --locale en', async () => {
    const sv = harness();
    await run(['schema'], sv.io);
    const code = (s: string) => JSON.parse(s).properties.municipality.properties.code.description as string;
    expect(code(sv.out())).toMatch(/^Kommunkod: SCB:s fyrsiffriga kod/);
    const en = harness();
    expect(await run(['schema', '--locale', 'en'], en.io)).toBe(0);
    expect(code(en.out())).toMatch(/^Kommunkod: SCB's four-digit code/);
  });
});

describe('samverkan show', () => {
  it('summarises the Malmö preset in Swedish: areas, vacant hosts, principles, coordinators', async () => {
    const h = harness();
    expect(await run(['show', 'malmo'], h.io)).toBe(0);
    const text = h.out();
    expect(text).toContain('Överenskommelse Malmöandan');
    expect(text).toContain('Prioriterade områden (5)');
    expect(text).toContain('1. Ungas hälsa och livsstil');
    expect(text).toContain('5. Nya vägar till arbete och aktivitet');
    expect(text).toContain('Värd, idéburen sektor: vakant');
    expect(text).toContain('Principer (6)');
    expect(text).toContain('• Öppenhet och insyn');
    expect(text).toContain('knuten till: Kommunstyrelsen');
    expect(text).toContain('Avsiktsförklaringen 2015: 32 organisationer medverkade eller anslöt sig');
    expect(h.err()).toBe('');
  });

  it('summarises in English with --locale en', async () => {
    const h = harness();
    expect(await run(['show', 'malmo', '--locale', 'en'], h.io)).toBe(0);
    expect(h.out()).toContain('Priority areas (5)');
    expect(h.out()).toContain("1. Young people's health and lifestyle");
    expect(h.out()).toContain('Host, department: vacant');
  });

  it('names the host in force on --today', async () => {
    const agreement = JSON.parse(minimal());
    agreement.departments = [{ id: 'fritid', name: { sv: 'Fritidsförvaltningen' } }];
    agreement.organisations = [{ id: 'rf', name: 'Idrottsförbundet', kind: 'association' }];
    agreement.plans[0].areas = [
      {
        id: 'idrott',
        name: { sv: 'Idrott för alla' },
        description: { sv: 'Fler i rörelse.' },
        status: 'active',
        phase: 'dialogue-and-matching',
        hosts: [
          { side: 'sector', host: 'rf', from: '2021-01-01' },
          { side: 'municipality', host: 'fritid', from: '2020-01-01' },
        ],
      },
    ];
    const h = harness({ 'a.json': JSON.stringify(agreement) });
    expect(await run(['show', 'a.json', '--today', '2020-06-01'], h.io)).toBe(0);
    expect(h.out()).toContain('Värd, idéburen sektor: vakant');
    expect(h.out()).toContain('Värd, förvaltning: Fritidsförvaltningen');
    const later = harness({ 'a.json': JSON.stringify(agreement) });
    await run(['show', 'a.json', '--today=2021-06-01'], later.io);
    expect(later.out()).toContain('Värd, idéburen sektor: Idrottsförbundet');
  });

  it('reads an agreement from standard input with -', async () => {
    const h = harness({}, minimal());
    expect(await run(['show', '-'], h.io)).toBe(0);
    expect(h.out()).toContain('Överenskommelse Exempel');
  });

  it('lists the issues and exits 1 when the file is not a valid agreement', async () => {
    const h = harness({ 'bad.json': minimal({ adopted: 'igår' }) });
    expect(await run(['show', 'bad.json'], h.io)).toBe(1);
    expect(h.err()).toContain('bad.json är ingen giltig överenskommelse: 1 fel att rätta.');
    expect(h.err()).toContain('adopted: Överenskommelsen: ”adopted” är inget giltigt datum.');
    expect(h.out()).toBe('');
  });

  it('exits 2 with a clear message for a missing file, a folder or broken JSON — never a stack trace', async () => {
    const cases: [string[], string][] = [
      [['show', 'saknas.json'], 'Det gick inte att läsa saknas.json: filen finns inte.'],
      [['show', 'folder'], 'Det gick inte att läsa folder: det är en mapp.'],
      [['show', 'trasig.json'], 'Filen trasig.json är inte giltig JSON'],
      [['show', 'saknas.json', '--locale', 'en'], 'Could not read saknas.json: no such file.'],
    ];
    for (const [argv, message] of cases) {
      const h = harness({ 'trasig.json': '{ "id": "x", }' });
      expect(await run(argv, h.io), argv.join(' ')).toBe(2);
      expect(h.err()).toContain(message);
      expect(h.err()).not.toMatch(/\n\s+at /);
    }
  });
});

describe('usage', () => {
  it('exits 2 with the usage when no command is given, and 0 for --help', async () => {
    const none = harness();
    expect(await run([], none.io)).toBe(2);
    expect(none.err()).toContain('Användning: samverkan <kommando>');
    const help = harness();
    expect(await run(['--help', '--locale', 'en'], help.io)).toBe(0);
    expect(help.out()).toContain('Usage: samverkan <command>');
  });

  it('exits 2 for an unknown command, option, language or date', async () => {
    const cases: [string[], string][] = [
      [['publish'], 'Kommandot ”publish” finns inte.'],
      [['show', 'malmo', '--verbose'], 'Flaggan ”--verbose” finns inte.'],
      [['show', 'malmo', '--locale', 'de'], 'Språket ”de” finns inte. Välj ett av sv, en'],
      [['show', 'malmo', '--today', '13/5'], '”13/5” är inget datum.'],
      [['show'], 'Ange en fil eller förinställning'],
      [['preset'], 'Ange vilken förinställning'],
    ];
    for (const [argv, message] of cases) {
      const h = harness();
      expect(await run(argv, h.io), argv.join(' ')).toBe(2);
      expect(h.err()).toContain(message);
    }
  });

  it('exits 2 with a message, never a stack trace, for a day that is not in the calendar', async () => {
    for (const day of ['2019-02-30', '2019-02-29', '2019-04-31', '2019-00-10']) {
      for (const argv of [['validate', 'malmo', '--today', day], ['show', 'malmo', `--today=${day}`]]) {
        const h = harness();
        expect(await run(argv, h.io), argv.join(' ')).toBe(2);
        expect(h.err()).toBe(`”${day}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-05-13.\n`);
        expect(h.out()).toBe('');
      }
    }
    const leap = harness();
    expect(await run(['validate', 'malmo', '--today', '2020-02-29'], leap.io)).toBe(0);
  });

  it('asks for the value of an option given without one, also when the next word is another option', async () => {
    for (const argv of [['show', 'malmo', '--today'], ['show', 'malmo', '--today', '--locale', 'en']]) {
      const h = harness();
      expect(await run(argv, h.io), argv.join(' ')).toBe(2);
      expect(h.err()).toMatch(/--today/);
    }
    const h = harness();
    expect(await run(['report', 'malmo', '--year'], h.io)).toBe(2);
    expect(h.err()).toBe('Flaggan --year behöver ett värde, till exempel --year 2019.\n');
  });

  it('prints the version', async () => {
    const h = harness();
    expect(await run(['--version'], h.io)).toBe(0);
    expect(h.out()).toBe('1.2.3\n');
  });
});

describe('samverkan validate', () => {
  it('reports the Malmö preset grouped by severity with paths, and exits 0 as it has no errors', async () => {
    const h = harness();
    expect(await run(['validate', 'malmo', '--today', '2019-05-13'], h.io)).toBe(0);
    const text = h.out();
    expect(text.split('\n').slice(0, 2)).toEqual(['Överenskommelse Malmöandan, kontrollerad för 13 maj 2019', '0 fel · 1 varning · 8 noteringar']);
    expect(text).toContain('Varningar (1)\n  yearlyReports  [yearly_reports_missing · regel yearly-report]\n');
    expect(text).toContain('  rules["area-time-frame"]  [rule_adjusted · regel area-time-frame]\n    Regeln ”area-time-frame” är ändrad i överenskommelsens egna regelinställningar: years = 4.');
    expect(text).toContain('Noteringar (8)\n  plans[0].areas[0].hosts  [hosting_seat_vacant · regel hosting-seats]\n    Området ”Ungas hälsa och livsstil” har ännu ingen värd');
    expect(text.indexOf('Varningar')).toBeLessThan(text.indexOf('Noteringar'));
  });

  it('words the issues in Arabic with --locale ar, and in lättläst Swedish with --locale sv-x-lattlast', async () => {
    const ar = harness();
    expect(await run(['validate', 'malmo', '--today', '2019-05-13', '--locale', 'ar'], ar.io)).toBe(0);
    expect(ar.out()).toContain('  plans[0].areas[0].hosts  [hosting_seat_vacant · regel hosting-seats]\n    ليس للمجال «Ungas hälsa och livsstil» مضيف من');
    const messages = ar.out().split('\n').filter((l) => l.startsWith('    '));
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(m, m).toMatch(/\p{Script=Arabic}/u);
    const easy = harness();
    expect(await run(['validate', 'malmo', '--today', '2019-05-13', '--locale', 'sv-x-lattlast'], easy.io)).toBe(0);
    expect(easy.out()).toContain('Området ”Ungas hälsa och livsstil” har ingen ansvarig från föreningarna och kommunen än.');
  });

  it('exits 1 and lists the errors first when the agreement breaks a rule', async () => {
    const agreement = JSON.parse(minimal());
    agreement.municipality = { ...agreement.municipality, name: 'Lunds kommun', code: '0181' };
    const h = harness({ 'a.json': JSON.stringify(agreement) });
    expect(await run(['validate', 'a.json', '--today', '2021-01-01', '--locale', 'en'], h.io)).toBe(1);
    expect(h.out()).toContain('Errors (');
    expect(h.out()).toContain('municipality.code  [municipality_name_mismatch · rule municipality-code]');
  });

  it('exits 1 with the schema’s issues for a file the schema refuses', async () => {
    const h = harness({ 'bad.json': minimal({ adopted: 'igår', status: { state: 'paused' } }) });
    expect(await run(['validate', 'bad.json'], h.io)).toBe(1);
    expect(h.out()).toContain('adopted  [invalid_date]');
    expect(h.out()).toContain('status.state  [invalid_choice]');
  });

  it('writes JSON for machines with --format json', async () => {
    const h = harness();
    expect(await run(['validate', 'malmo', '--format', 'json', '--today', '2026-11-23'], h.io)).toBe(0);
    const json = JSON.parse(h.out());
    expect(json).toMatchObject({ file: 'malmo', today: '2026-11-23', ok: true, counts: { error: 0, warning: 9, info: 7 } });
    expect(json.issues).toContainEqual(expect.objectContaining({ code: 'rule_adjusted', path: ['rules', 'area-time-frame'], severity: 'info' }));
    expect(json.issues[0]).toMatchObject({ code: 'plan_period_ended', path: ['plans', 0, 'period', 'end'], severity: 'warning' });
  });

  it('reads standard input, and exits 2 on broken JSON, a missing file or a wrong format — without a stack trace', async () => {
    const ok = harness({}, minimal());
    expect(await run(['validate', '-', '--today', '2020-06-01'], ok.io)).toBe(1); // no coordinators: errors
    const cases: [string[], string, string][] = [
      [['validate', '-'], '{ "id": ', 'Filen stdin är inte giltig JSON'],
      [['validate', 'saknas.json'], '', 'Det gick inte att läsa saknas.json'],
      [['validate', 'malmo', '--format', 'xml'], '', 'Formatet ”xml” finns inte. Välj human eller json.'],
      [['validate'], '', 'Ange en fil, - eller en förinställning'],
    ];
    for (const [argv, stdin, message] of cases) {
      const h = harness({}, stdin);
      expect(await run(argv, h.io), argv.join(' ')).toBe(2);
      expect(h.err()).toContain(message);
      expect(h.err()).not.toMatch(/\n\s+at /);
    }
  });
});

describe('samverkan match, report and export', () => {
  const interests = [
    {
      id: 'laxhjalpen',
      stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård', legalForm: 'non-profit-association' },
      areas: ['ungas-halsa-och-livsstil'],
      targetGroups: ['unga'],
      ages: { min: 13, max: 19 },
      districts: ['rosengard'],
      seeks: ['premises'],
      consent: { matching: true, listing: true },
      contact: { name: 'Anna Andersson', email: 'anna@contact.invalid' },
    },
    {
      id: 'fritid',
      stated: { kind: 'department', department: 'fritidsforvaltningen' },
      areas: ['ungas-halsa-och-livsstil'],
      targetGroups: ['unga'],
      ages: { min: 10, max: 19 },
      districts: ['rosengard'],
      offers: ['premises'],
      consent: { matching: true, listing: false },
      contact: { name: 'Bo Berg', email: 'bo@contact.invalid' },
    },
  ];

  it('match proposes, with reasons and without contacts, for one interest with --for', async () => {
    const h = harness({ 'i.json': JSON.stringify(interests) });
    expect(await run(['match', 'i.json', '--for', 'laxhjalpen'], h.io)).toBe(0);
    expect(h.out()).toBe(
      'Förslag för Läxhjälpen i Rosengård:\n  1. Fritidsförvaltningen (0.82)\n     Båda arbetar med unga 13–19 i Rosengård.\n     Båda vill arbeta inom Ungas hälsa och livsstil.\n     Fritidsförvaltningen erbjuder lokaler, som ni söker.\n',
    );
    expect(h.out()).not.toMatch(/Anna|Bo Berg|contact\.invalid/);
  });

  it('match keeps the valid interests, reports the broken ones and exits 1', async () => {
    const broken = [...interests, { id: 'trasig', areas: [] }];
    const h = harness({ 'i.json': JSON.stringify({ interests: broken }) });
    expect(await run(['match', 'i.json', '--locale', 'en'], h.io)).toBe(1);
    expect(h.out()).toContain('Proposals for Läxhjälpen i Rosengård:');
    expect(h.out()).toContain('Proposals for Leisure Department:');
    expect(h.err()).toContain('1 interests in i.json could not be read and are left out:');
    expect(h.err()).toContain('interests[2].stated');
  });

  it('match and report --interests report an unknown department or area the same way, and exit 1', async () => {
    const unknown = [
      ...interests,
      { ...interests[1], id: 'polisen', stated: { kind: 'department', department: 'polisen' } },
      { ...interests[0], id: 'okant-omrade', areas: ['rymdfart'], submitted: '2019-05-01' },
    ];
    const expected = [
      '2 intresseanmälningar i i.json kunde inte läsas och är utelämnade:',
      '  • interests[2].stated.department: Intresseanmälan från ”polisen” hänvisar till ”polisen” (interests[2].stated.department), men det id:t finns inte bland förvaltningarna. Rätta id:t eller lägg till förvaltningen i överenskommelsen.',
    ];
    const m = harness({ 'i.json': JSON.stringify({ interests: unknown }) });
    expect(await run(['match', 'i.json'], m.io)).toBe(1);
    expect(m.out()).not.toContain('polisen');
    expect(m.err().split('\n').slice(0, 2)).toEqual(expected);
    expect(m.err()).toContain('interests[3].areas[0]:');
    const r = harness({ 'i.json': JSON.stringify({ interests: unknown }) });
    expect(await run(['report', 'malmo', '--year', '2019', '--format', 'json', '--interests', 'i.json'], r.io)).toBe(1);
    expect(JSON.parse(r.out()).totals.interests).toBe(0);
    expect(r.err()).toBe(m.err());
  });

  it('prints names from interests with control characters escaped, so no escape sequence reaches the terminal', async () => {
    const hostile = [{ ...interests[0], stated: { kind: 'new-organisation', name: 'Läxhjälpen\u001b]0;pwned\u0007\u001b[2J\u009b31m' } }, interests[1]];
    const h = harness({ 'i.json': JSON.stringify(hostile) });
    expect(await run(['match', 'i.json', '--for', 'laxhjalpen'], h.io)).toBe(0);
    expect(h.out()).toContain('Förslag för Läxhjälpen\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m:');
    expect(h.out()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('says where a JSON file is broken without echoing its bytes', async () => {
    const h = harness({ 'i.json': '{"interests": [\u001b[31m' });
    expect(await run(['match', 'i.json'], h.io)).toBe(2);
    expect(h.err()).toBe('Filen i.json är inte giltig JSON. Rätta skrivfelet och försök igen, till exempel ett saknat kommatecken eller citattecken.\n');
    const at = harness({ 'a.json': '{\n  "id": "x",\n}' });
    expect(await run(['validate', 'a.json', '--locale', 'en'], at.io)).toBe(2);
    expect(at.err()).toBe('The file a.json is not valid JSON (line 3, column 1). Correct the typing error and try again, for example a missing comma or quote.\n');
  });

  it('match exits 2 for an unknown --for or a bad --limit', async () => {
    const h = harness({ 'i.json': JSON.stringify(interests) });
    expect(await run(['match', 'i.json', '--for', 'saknas'], h.io)).toBe(2);
    expect(h.err()).toContain('Det finns ingen intresseanmälan med id ”saknas”');
    const h2 = harness({ 'i.json': JSON.stringify(interests) });
    expect(await run(['match', 'i.json', '--limit', 'fem'], h2.io)).toBe(2);
    expect(h2.err()).toContain('--limit ska vara ett heltal, inte ”fem”.');
  });

  it('report writes the yearly follow-up as Markdown, CSV or JSON', async () => {
    const md = harness();
    expect(await run(['report', 'malmo', '--year', '2019'], md.io)).toBe(0);
    expect(md.out()).toContain('# Årlig uppföljning 2019: Överenskommelse Malmöandan');
    const csvOut = harness();
    expect(await run(['report', 'malmo', '--year', '2019', '--format', 'csv'], csvOut.io)).toBe(0);
    expect(csvOut.out().split('\r\n')[0]).toBe('year,section,id,name,collaborations,grants,amount_sek,interests');
    const json = harness({ 'i.json': JSON.stringify(interests.map((i) => ({ ...i, submitted: '2019-05-01' }))) });
    expect(await run(['report', 'malmo', '--year', '2019', '--format', 'json', '--interests', 'i.json'], json.io)).toBe(0);
    expect(JSON.parse(json.out()).totals.interests).toBe(2);
    expect(json.out()).not.toMatch(/Anna|contact\.invalid/);
  });

  it('report asks for the year', async () => {
    const h = harness();
    expect(await run(['report', 'malmo'], h.io)).toBe(2);
    expect(h.err()).toContain('Flaggan --year behöver ett värde, till exempel --year 2019.');
  });

  it('export writes 360Giving, Popolo and CSV', async () => {
    const a = harness();
    expect(await run(['export', '360giving', 'malmo', '--prefix', '360G-malmo-'], a.io)).toBe(0);
    expect(JSON.parse(a.out())).toEqual({ grants: [] });
    const b = harness();
    expect(await run(['export', 'popolo', 'malmo'], b.io)).toBe(0);
    expect(JSON.parse(b.out()).organizations.length).toBeGreaterThan(50);
    const c = harness();
    expect(await run(['export', 'csv', 'malmo'], c.io)).toBe(0);
    expect(c.out().split('\r\n')).toHaveLength(37 + 2);
    const d = harness();
    expect(await run(['export', 'xml', 'malmo'], d.io)).toBe(2);
    expect(d.err()).toContain('Exporten ”xml” finns inte. Välj 360giving, popolo, csv eller iop.');
  });
});

describe('an agreement without värdskap in the CLI', () => {
  const files = () => ({ 'goteborg.json': JSON.stringify(malmoWithoutHosting()) });

  it('show, report and the exports print no host, no phase and no "vakant"', async () => {
    for (const [args, locale] of [
      [['show', 'goteborg.json'], 'sv'],
      [['show', 'goteborg.json', '--locale', 'en'], 'en'],
      [['report', 'goteborg.json', '--year', '2019'], 'sv'],
      [['report', 'goteborg.json', '--year', '2019', '--format', 'json'], 'sv'],
      [['export', 'popolo', 'goteborg.json'], 'sv'],
      [['export', 'csv', 'goteborg.json'], 'sv'],
    ] as const) {
      const h = harness(files());
      expect(await run(args, h.io), args.join(' ')).toBe(0);
      expect(h.out(), `${args.join(' ')} (${locale})`).not.toMatch(/vakant|vacant|Värd,|Host,|Fas:|Phase:|"värd"/i);
    }
  });

  it('show names the ways of organising, the secretariat and the forum instead', async () => {
    const h = harness(files());
    await run(['show', 'goteborg.json'], h.io);
    expect(h.out()).toContain('Arbetsformer: sekretariat, forum för dialog');
    expect(h.out()).toContain('• Sekretariat: Malmö Ideella föreningars Paraplyorganisation');
    expect(h.out()).toContain('• Samrådsgruppen: 7 ledamöter, 1 möte');
  });
});

describe('samverkan show: status and the date the data is from', () => {
  it('shows the agreement’s status, its asOf date and its later history', async () => {
    const h = harness();
    expect(await run(['show', 'malmo'], h.io)).toBe(0);
    expect(h.out()).toContain('gäller sedan 14 juni 2017 · uppgifterna gäller per 13 maj 2019');
    expect(h.out()).toContain('2024-03-06: Efter en genomlysning av styrnings- och ledningsstrukturen hösten 2023 beslutade kommunstyrelsen att avveckla Malmöandan');
  });
});

describe('samverkan iop', () => {
  it('lists the IOPs with parties, period, written agreement, money and criteria, or as JSON', async () => {
    const h = harness({ 'iop.json': JSON.stringify(withIop()) });
    expect(await run(['iop', 'iop.json'], h.io)).toBe(0);
    expect(h.out()).toContain('Överenskommelse Malmöandan: 1 idéburet offentligt partnerskap (IOP)');
    expect(h.out()).toContain('Parter: Arbetsmarknads- och socialförvaltningen, Skåne Stadsmission');
    expect(h.out()).toContain('Skriftlig överenskommelse: ja · beslut ASN-2017-1234');
    expect(h.out()).toContain('SKR:s kriterier: 2 av 3 bedömda uppfyllda');
    const j = harness({ 'iop.json': JSON.stringify(withIop()) });
    expect(await run(['iop', 'iop.json', '--format', 'json'], j.io)).toBe(0);
    expect(JSON.parse(j.out())).toMatchObject([{ id: 'iop-stadsmission', moneySek: 1_200_000, writtenAgreement: true }]);
  });

  it('exports the IOPs as CSV', async () => {
    const h = harness({ 'iop.json': JSON.stringify(withIop()) });
    expect(await run(['export', 'iop', 'iop.json'], h.io)).toBe(0);
    const [header, row] = h.out().trimEnd().split('\r\n');
    expect(header).toBe('id,name,parties,purpose,start,end,decision_reference,written_agreement,money_sek,contributions_in_kind,next_evaluation,criteria_met,criteria_assessed');
    expect(row).toBe('iop-stadsmission,IOP om stöd till personer i hemlöshet,Arbetsmarknads- och socialförvaltningen; Skåne Stadsmission,Stöd och boende för personer i hemlöshet.,2018-01-01,2020-12-31,ASN-2017-1234,yes,1200000,1,2019-12-31,2,3');
  });
});

describe('samverkan rules', () => {
  it('lists every rule with what it checks, its default severity, its parameters with ranges and its source', async () => {
    const h = harness();
    expect(await run(['rules', '--format', 'json'], h.io)).toBe(0);
    const listed = JSON.parse(h.out()) as { id: string; description: string; severity: string; params: object; source: string }[];
    expect(listed.map((r) => r.id)).toEqual([...RULES]);
    for (const r of listed) {
      expect(r.description, r.id).not.toBe(r.id);
      expect(r.source, r.id).not.toBe('');
      expect(['error', 'warning', 'info'], r.id).toContain(r.severity);
    }
    expect(listed.find((r) => r.id === 'area-time-frame')!.params).toEqual({
      years: { description: expect.stringContaining('Tidsramen') as string, min: 0.5, max: 50, default: 4 },
      maxYears: { description: expect.stringContaining('ca fyra år') as string, min: 0.5, max: 50, default: 8 },
    });
    const text = harness();
    await run(['rules', '--locale', 'en'], text.io);
    expect(text.out()).toContain('hosting-seats  (error)\n  Every active area has one host from an idéburen organisation and one from a department.');
    expect(text.out()).toContain('Parameter years: 0.5–50, default 4\n    The time frame in years for an area that gives none of its own (timeFrameYears)');
  });
});

describe('every issue names its rule', () => {
  it('in the JSON output, and in the human output beside its code', async () => {
    const h = harness();
    await run(['validate', 'malmo', '--format', 'json'], h.io);
    const issues = JSON.parse(h.out()).issues as { code: string; rule?: string }[];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.find((i) => i.code === 'hosting_seat_vacant')!.rule).toBe('hosting-seats');
    expect(issues.every((i) => typeof i.rule === 'string' && RULES.includes(i.rule))).toBe(true);
    const human = harness();
    await run(['validate', 'malmo'], human.io);
    expect(human.out()).toContain('[hosting_seat_vacant · regel hosting-seats]');
  });
});

describe('samverkan migrate', () => {
  it('prints a 0.1 file in the current format and says what it changed', async () => {
    const old = readFileSync(new URL('../../test/fixtures/v0.1/other-kommun.json', import.meta.url), 'utf8');
    const h = harness({ 'agreement.json': old });
    expect(await run(['migrate', 'agreement.json'], h.io)).toBe(0);
    expect(JSON.parse(h.out()).formatVersion).toBe('0.2');
    expect(h.err()).toContain('Filen har nu ”formatVersion”: ”0.2”.');
  });

  it('render writes the areas, principles and form fallback as HTML, with the options as attributes', async () => {
    const h = harness();
    expect(await run(['render', 'malmo', '--element', 'area-list', '--layout', 'list', '--heading-level', '3', '--locale', 'en', '--stylesheet', '/css/samverkan.css'], h.io)).toBe(0);
    expect(h.out()).toContain('<link rel="stylesheet" href="/css/samverkan.css">');
    expect(h.out()).toContain('<samverkan-area-list heading-level="3" lang="en" dir="ltr" layout="list">');
    expect([...h.out().matchAll(/<h4 /g)]).toHaveLength(5);
    expect(h.out()).not.toContain('samverkan-principles');
  });

  it('render --locale ar writes right to left, in the Arabic pack’s words', async () => {
    const h = harness();
    expect(await run(['render', 'malmo', '--element', 'principles', '--locale', 'ar'], h.io)).toBe(0);
    expect(h.out()).toContain('<samverkan-principles heading-level="2" lang="ar" dir="rtl">');
    expect(h.out()).toContain(`>${ar.ui.page.principles}</h2>`);
  });

  it('render shows no host, no phase and no "vakant" for an agreement organised without värdskap, and its status and data date', async () => {
    const h = harness({ 'goteborg.json': JSON.stringify(malmoWithoutHosting()) });
    expect(await run(['render', 'goteborg.json', '--element', 'area-list', '--src', '/data/goteborg.json', '--today', '2019-05-13'], h.io)).toBe(0);
    const html = h.out();
    expect([...html.matchAll(/<h3 /g)]).toHaveLength(5);
    expect(html).not.toMatch(/vakant|Värd från|<dt>Fas<\/dt>/);
    expect(html).toContain('<p class="samverkan-agreement-status">Överenskommelsen gäller sedan 14 juni 2017. Uppgifterna gäller per 13 maj 2019.</p>');
    const malmo = harness();
    expect(await run(['render', 'malmo', '--element', 'area-list', '--today', '2019-05-13'], malmo.io)).toBe(0);
    expect(malmo.out()).toContain('<dt>Värd från idéburen sektor</dt><dd>vakant</dd>');
  });

  it('render asks for --src for an agreement other than the elements’ default, and checks its choices', async () => {
    const file = harness({ 'agreement.json': minimal() });
    expect(await run(['render', 'agreement.json'], file.io)).toBe(2);
    expect(file.err()).toContain('--src');
    const ok = harness({ 'agreement.json': minimal() });
    expect(await run(['render', 'agreement.json', '--src', '/data/agreement.json', '--stylesheet', 'none'], ok.io)).toBe(0);
    expect(ok.out()).toContain('<samverkan-area-list heading-level="2" lang="sv" dir="ltr" src="/data/agreement.json" layout="cards">');
    expect(ok.out()).not.toContain('<link');
    for (const args of [['--element', 'table'], ['--layout', 'grid'], ['--heading-level', '7']]) {
      const bad = harness();
      expect(await run(['render', 'malmo', ...args], bad.io)).toBe(2);
      expect(bad.err()).toContain(args[0]);
    }
  });
});
