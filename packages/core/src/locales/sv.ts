import type { IssueParams, LocaleMessages, SubjectKind } from '../issue/issue.js';

// Wording follows GOV.UK's error style: say what is wrong in the reader's words and what to do,
// with an example; never "ogiltig" alone.

const SUBJECTS: Record<SubjectKind, [definite: string, named: (n: string) => string]> = {
  agreement: ['överenskommelsen', (n) => `överenskommelsen ”${n}”`],
  municipality: ['kommunen', (n) => `kommunen ”${n}”`],
  party: ['parten', (n) => `parten ”${n}”`],
  status: ['statusen', () => 'statusen'],
  principle: ['principen', (n) => `principen ”${n}”`],
  plan: ['samarbetsplanen', (n) => `samarbetsplanen ”${n}”`],
  area: ['området', (n) => `området ”${n}”`],
  hosting: ['värdskapet', (n) => `värdskapet för ”${n}”`],
  coordinator: ['samordnaren', (n) => `samordnaren ”${n}”`],
  working_group: ['arbetsgruppen', () => 'arbetsgruppen'],
  membership: ['medlemskapet', (n) => `medlemskapet för ”${n}”`],
  department: ['förvaltningen', (n) => `förvaltningen ”${n}”`],
  organisation: ['organisationen', (n) => `organisationen ”${n}”`],
  grant_category: ['bidragsformen', (n) => `bidragsformen ”${n}”`],
  grant_total: ['bidragsvolymen', (n) => `bidragsvolymen ${n}`],
  collaboration_form: ['samverkansformen', (n) => `samverkansformen ”${n}”`],
  collaboration: ['samverkan', (n) => `samverkan ”${n}”`],
  partner: ['parten i samverkan', (n) => `parten i samverkan ”${n}”`],
  target_group: ['målgruppen', (n) => `målgruppen ”${n}”`],
  district: ['området', (n) => `stadsdelen ”${n}”`],
  term: ['begreppet', (n) => `begreppet ”${n}”`],
  source: ['källan', (n) => `källan ”${n}”`],
  item: ['posten', (n) => `posten ${n}`],
};

const TYPES: Record<string, string> = {
  string: 'en text inom citattecken',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista inom [ ]',
  object: 'ett objekt inom { }',
};

function subject(kind: SubjectKind, name: string | undefined): string {
  const [definite, named] = SUBJECTS[kind];
  return name ? named(name) : definite;
}

function where(p: IssueParams): string {
  const s = p.subjectKind ? subject(p.subjectKind, p.subjectName) : 'överenskommelsen';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function field(p: IssueParams): string {
  return p.field ? `”${p.field}”` : 'värdet';
}

/**
 * Svenska: the Swedish wording of every issue (the default locale).
 *
 * @example
 * ```ts
 * import { sv } from '@samverkan/core/locales/sv';
 * sv.messages.invalid_date({ field: 'adopted' }); // 'Överenskommelsen: ”adopted” är inget datum. …'
 * ```
 */
export const sv: LocaleMessages = {
  locale: 'sv',
  subject,
  messages: {
    invalid_json: (p) =>
      `Filen ${p.value ?? ''} är inte giltig JSON${p.detail ? ` (${String(p.detail)})` : ''}. Rätta skrivfelet och försök igen, till exempel ett saknat kommatecken eller citattecken.`,
    required: (p) => `${where(p)} saknar ${field(p)}. Lägg till ${field(p)} (se ${p.path || 'roten'}).`,
    wrong_type: (p) =>
      `${where(p)}: ${field(p)} ska vara ${TYPES[p.expected ?? ''] ?? p.expected ?? 'något annat'}. Ändra värdet i ${p.path || 'roten'}.`,
    invalid_date: (p) =>
      `${where(p)}: ${field(p)} är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2017-06-14.`,
    invalid_id: (p) =>
      `${where(p)}: ”${p.value ?? ''}” går inte att använda som id. Använd små bokstäver a–z, siffror och bindestreck, till exempel ”jamlik-fritid-och-kultur”.`,
    invalid_url: (p) =>
      `${where(p)}: ${field(p)} ska vara en webbadress som börjar med http:// eller https://, till exempel https://malmo.se.`,
    invalid_organisation_number_format: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är inget organisationsnummer. Ange organisationsnumret som tio siffror, till exempel 802000-0009.`,
    invalid_municipality_code: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är ingen kommunkod. Ange kommunkoden med fyra siffror, till exempel 1280 för Malmö.`,
    empty_text: (p) => `${where(p)}: ${field(p)} är tomt. Skriv en text.`,
    too_few: (p) =>
      `${where(p)}: ${field(p)} behöver minst ${p.minimum ?? 1} ${p.minimum === 1 ? 'post' : 'poster'}. Lägg till fler.`,
    too_small: (p) => `${where(p)}: ${field(p)} måste vara minst ${p.minimum ?? 0}. Ändra värdet.`,
    too_big: (p) => `${where(p)}: ${field(p)} får vara högst ${p.maximum ?? 0}. Ändra värdet.`,
    invalid_choice: (p) =>
      `${where(p)}: ${field(p)} kan inte vara ”${p.value ?? ''}”. Välj ett av ${(p.options ?? []).map((o) => `”${o}”`).join(', ')}.`,
    unknown_field: (p) =>
      `${where(p)} har fältet ${field(p)}, som inte finns i schemat. Kontrollera stavningen eller ta bort fältet.`,
    invalid_value: (p) => `${where(p)}: ${field(p)} har ett värde som inte går att använda. Jämför med schemat.`,
  },
};
