import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, RULE_ISSUE_CODES, type IssueParams, type SubjectKind } from '../issue/issue.js';
import { BUILT_IN } from './built-in.js';
import { BUILT_IN_MATCHING } from './built-in-matching.js';
import { en } from './en/index.js';
import { languageChain, registerLanguage, resolveSection } from './registry.js';
import { resolveLanguage } from './resolve.js';
import { sv } from './sv/index.js';
import type { LanguagePack } from './types.js';

const SAMPLE: IssueParams = {
  field: 'name',
  path: 'organisations[3].name',
  subjectKind: 'organisation',
  subjectName: 'Kvarnby IK',
  value: 'x',
  expected: 'string',
  options: ['a', 'b'],
  minimum: 2,
  maximum: 4,
  // What rule messages name.
  area: 'Jämlik fritid och kultur',
  host: 'Kvarnby IK',
  name: 'Kvarnby IK',
  otherName: 'Kvarnby Idrottsklubb',
  category: 'Projektbidrag',
  plan: 'Samarbetsplan 2018–2022',
  side: 'sector',
  sides: ['sector', 'municipality'],
  years: ['2018', '2019'],
  from: '2018-06-13',
  to: '2022-06-13',
  year: 2019,
  refKind: 'district',
};

const KINDS: SubjectKind[] = [
  'agreement', 'municipality', 'party', 'status', 'principle', 'plan', 'area', 'hosting', 'coordinator',
  'working_group', 'membership', 'department', 'organisation', 'grant_category', 'grant_total',
  'collaboration_form', 'collaboration', 'partner', 'target_group', 'district', 'term', 'source', 'grant', 'report', 'interest', 'item',
];

const PACKS = Object.values(BUILT_IN);

describe.each(PACKS)('the $locale locale', (locale) => {
  it('words every issue code, and nothing else', () => {
    expect(Object.keys(locale.messages).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('renders every code into a sentence that names the thing and has no holes', () => {
    for (const code of ISSUE_CODES) {
      const message = locale.messages[code](SAMPLE);
      expect(message, code).toMatch(/[.!]$/);
      expect(message, code).not.toMatch(/undefined|null|NaN|\[object/);
      const ruleCode = (RULE_ISSUE_CODES as readonly string[]).includes(code);
      // Schema messages name the thing by its subject; rule messages by what the rule found.
      if (code !== 'invalid_json' && !ruleCode) expect(message, code).toContain('Kvarnby IK');
    }
  });

  it('renders every code without any parameters too', () => {
    for (const code of ISSUE_CODES) expect(locale.messages[code]({}), code).not.toMatch(/undefined|NaN|\[object/);
  });

  it('names every kind of subject, with and without a name', () => {
    for (const kind of KINDS) {
      expect(locale.subject(kind, undefined).length, kind).toBeGreaterThan(2);
      expect(locale.subject(kind, 'X')).not.toContain('undefined');
    }
  });
});

describe('the Swedish and English wording', () => {
  it('differs for every code, so neither is a copy of the other', () => {
    for (const code of ISSUE_CODES) expect(sv.messages[code](SAMPLE), code).not.toBe(en.messages[code](SAMPLE));
  });
});

/** Every key path of a section, nested objects walked, with the kind of value (text or message). */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix} (message/${(value as (...a: unknown[]) => unknown).length})`];
  if (typeof value === 'string') return [`${prefix} (text)`];
  if (typeof value === 'object' && value !== null) return Object.keys(value).sort().flatMap((k) => shape((value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
  return [`${prefix} (${typeof value})`];
}

const SECTIONS = ['common', 'matching', 'ui', 'cli', 'report', 'schema', 'editor'] as const;
// What a visitor meets is complete in every built-in pack; the terminal's and the report's wording, the
// agreement file's field descriptions and the editor's words at least in Swedish and English.
const REQUIRED: Record<string, readonly (typeof SECTIONS)[number][]> = { sv: SECTIONS, en: SECTIONS };
const BUILT_IN_TAGS_EXPECTED = ['sv', 'en', 'ar', 'so', 'sv-x-lattlast'];

describe.each(PACKS)('the $locale pack', (pack) => {
  it('has the sections a visitor meets, and the CLI and report where the language must have them', () => {
    for (const section of REQUIRED[pack.locale] ?? ['common', 'matching', 'ui']) expect(pack[section], section).toBeDefined();
  });

  it.each(SECTIONS)('has exactly the Swedish keys in %s, no more and no fewer', (section) => {
    if (pack[section] === undefined) return;
    expect(shape(pack[section])).toEqual(shape(sv[section]));
  });

  it('renders its interface texts and messages without holes', () => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') expect(value.trim().length, path).toBeGreaterThan(0);
      else if (typeof value === 'function') {
        // Parameters are not known at run time: one of the samples fits each message.
        const outs = [SAMPLE_ARGS, SAMPLE_TEXTS, SAMPLE_NAMES].map((args) => {
          try {
            return String((value as (...a: unknown[]) => unknown)(...args));
          } catch {
            return '[object Error]';
          }
        });
        expect(outs.filter((o) => !/undefined|NaN|\[object/.test(o)), `${path}: ${outs.join(' | ')}`).not.toHaveLength(0);
      } else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    for (const section of SECTIONS) walk(pack[section], section);
  });

  it('is matched by its own tag, in the matching pack the browser loads too', () => {
    expect(resolveLanguage(pack.locale, 'ui').locale).toBe(pack.locale);
    expect(BUILT_IN_MATCHING[pack.locale]?.matching).toBe(pack.matching);
  });
});

const SAMPLE_TEXTS: unknown[] = ['Kvarnby IK', ['human', 'json'], 'Jämlik fritid och kultur'];
// Two names: a party and its executive board (the report's introduction).
const SAMPLE_NAMES: unknown[] = ['Malmö stad', 'Kommunstyrelsen'];
// Arguments that fit every message's parameters well enough to find a hole: a text, numbers, a list.
const SAMPLE_ARGS: unknown[] = [{ src: 'https://example.org/a.json', status: 404, count: 2, path: 'plans[0]', groups: 'unga', ages: '13–19', districts: 'Rosengård', other: 'Kvarnby IK', resources: 'lokaler', mine: { min: 10, max: 19 }, theirs: { min: 65 }, error: 1, warning: 2, info: 0 }, 3, 2019];

describe('the built-in languages', () => {
  it('are Swedish, English, Arabic, Somali and lättläst Swedish', () => {
    expect(Object.keys(BUILT_IN).sort()).toEqual([...BUILT_IN_TAGS_EXPECTED].sort());
    expect(Object.keys(BUILT_IN_MATCHING).sort()).toEqual([...BUILT_IN_TAGS_EXPECTED].sort());
  });

  it('word every message of the visitor in their own language, not in Swedish', () => {
    for (const tag of ['ar', 'so', 'sv-x-lattlast']) {
      const pack = BUILT_IN[tag]!;
      expect(pack.ui.form.heading, tag).not.toBe(sv.ui.form.heading);
      expect(pack.messages.required(SAMPLE), tag).not.toBe(sv.messages.required(SAMPLE));
      expect(pack.matching.hostNone, tag).not.toBe(sv.matching.hostNone);
    }
    expect(BUILT_IN.ar!.ui.page.retry).toMatch(/\p{Script=Arabic}/u);
    expect(BUILT_IN.so!.ui.page.retry).toBe('Mar kale isku day');
  });

  it('leave the CLI and the report to Swedish where a pack has none', () => {
    expect(resolveLanguage('ar', 'cli').locale).toBe('sv');
    expect(resolveLanguage('sv-x-lattlast', 'report').locale).toBe('sv');
    // The editor is for a kommun's staff: Swedish and English; the other languages fall back to Swedish.
    expect(resolveLanguage('ar', 'editor').locale).toBe('sv');
    expect(resolveLanguage('en-GB', 'editor').locale).toBe('en');
    expect(resolveLanguage('sv-x-lattlast', 'ui').locale).toBe('sv-x-lattlast');
  });
});

describe('a pack that misses or adds a key', () => {
  it('differs in shape from the Swedish pack, so the parity test fails', () => {
    const { retry: _, ...missing } = sv.ui.page;
    expect(shape({ ...sv.ui, page: missing })).not.toEqual(shape(sv.ui));
    expect(shape({ ...sv.ui, extra: 'x' })).not.toEqual(shape(sv.ui));
    expect(shape({ ...sv.ui, form: { ...sv.ui.form, score: 'Passar' } })).not.toEqual(shape(sv.ui));
  });
});

describe('languageChain', () => {
  it('goes from the most specific tag to Swedish', () => {
    expect(languageChain('sv-x-lattlast')).toEqual(['sv-x-lattlast', 'sv']);
    expect(languageChain('en-GB')).toEqual(['en-gb', 'en', 'sv']);
    expect(languageChain('ar')).toEqual(['ar', 'sv']);
    expect(languageChain(undefined)).toEqual(['sv']);
    expect(languageChain('SV')).toEqual(['sv']);
  });
});

describe('resolving a language', () => {
  it('takes the pack for the tag, then a less specific one, then Swedish', () => {
    expect(resolveLanguage('en-GB', 'ui').locale).toBe('en');
    expect(resolveLanguage('de', 'ui').locale).toBe('sv');
    expect(resolveLanguage(undefined, 'messages').locale).toBe('sv');
  });

  it('uses a pack given as an object when it has the section, else follows its tag', () => {
    const own: LanguagePack = { ...en, locale: 'en-x-test' };
    expect(resolveLanguage(own, 'ui')).toBe(own);
    expect(resolveLanguage({ locale: 'en-x-test' }, 'ui').locale).toBe('en');
  });

  it('finds a registered language, ahead of a built-in one with the same tag', () => {
    const fi: LanguagePack = { ...sv, locale: 'fi', ui: { ...sv.ui, page: { ...sv.ui.page, retry: 'Yritä uudelleen' } } };
    registerLanguage(fi);
    expect(resolveLanguage('fi-FI', 'ui').ui.page.retry).toBe('Yritä uudelleen');
    expect(resolveSection('fi', 'ui', {}).locale).toBe('fi');
  });

  it('refuses a pack without a tag, a programmer error', () => {
    expect(() => registerLanguage({} as LanguagePack)).toThrow(TypeError);
  });
});
