import type { LoadDetails, UiText } from '../types.js';

/** English: what every element says: loading, retrying, the principles. */
const page: UiText['page'] = {
  loading: 'Loading the agreement …',
  loadFailed: (src: string) => `The agreement could not be loaded from ${src}. Try again.`,
  retry: 'Try again',
  unavailableRetry: 'The agreement cannot be shown right now. Try again in a moment.',
  unavailable: 'The agreement cannot be shown right now. The fault is with the website, not with you.',
  principles: 'Principles of collaboration',
  noPrinciples: 'The agreement states no principles.',
};

/** English: why an agreement given with `src` could not be shown. */
const loadErrors: UiText['loadErrors'] = {
  network: ({ src }: LoadDetails) => `The agreement could not be loaded from ${src}. Check the address and the network, and try again.`,
  timeout: ({ src }: LoadDetails) => `Loading the agreement from ${src} took too long. Try again in a moment.`,
  http: ({ src, status }: LoadDetails) => `The agreement could not be loaded from ${src} (response ${status ?? '?'}). Check that the address is right.`,
  'content-type': ({ src }: LoadDetails) => `The file at ${src} is not JSON. Point src at an agreement.json.`,
  'too-large': ({ src }: LoadDetails) => `The file at ${src} is too large to be an agreement. Check the address.`,
  'not-json': ({ src }: LoadDetails) => `The file at ${src} is not valid JSON. Correct it, for example with npx -p @samverkan/core samverkan validate.`,
  invalid: ({ src, count, path }: LoadDetails) =>
    `The file at ${src} is not a valid agreement: ${count ?? 1} ${count === 1 ? 'error' : 'errors'}${path ? `, the first at ${path}` : ''}. Check it with npx -p @samverkan/core samverkan validate.`,
};

/** English: `<samverkan-area-list>`'s words. */
const areaList: UiText['areaList'] = {
  areas: 'Priority areas',
  noAreas: 'The cooperation plan has no priority areas yet.',
  noMatch: 'No areas match the filter.',
  showAll: 'Show all areas',
  targetGroup: 'Target group',
  district: 'District',
  all: 'All',
  phase: 'Phase',
  phaseOf: (n: number, total: number) => `step ${n} of ${total}`,
  started: 'Started',
  timeFrame: (years: number) => `time frame about ${years} years`,
  hostSector: 'Host from the idéburen sektor',
  hostMunicipality: 'Host from the municipality',
  vacant: 'vacant',
  collaborations: 'Collaborations in the area',
  partners: 'Partners',
  ages: (min?: number, max?: number) => (min !== undefined && max !== undefined ? `ages ${min}–${max}` : min !== undefined ? `from age ${min}` : `up to age ${max}`),
  select: (name: string) => `Select ${name}`,
  planPeriod: (name: string, start: string, end: string) => `${name}, ${start} – ${end}`,
  filtersLabel: 'Filter areas',
  shown: (n: number, total: number) => `Showing ${n} of ${total} areas.`,
  active: (since?: string) => (since ? `The agreement has been in force since ${since}.` : 'The agreement is in force.'),
  draft: 'The agreement is a draft.',
  terminated: (date: string) => `The agreement ended on ${date}.`,
  asOf: (date: string) => `The data is as of ${date}.`,
};

/** English: `<samverkan-match-form>`'s words. */
const form: UiText['form'] = {
  heading: 'Register an interest in collaborating',
  intro: 'Tell us what you want to do, and the coordinators will help you find someone to work with.',
  optional: '(optional)',
  who: 'Who are you?',
  kindOrganisation: 'An organisation in the idéburen (non-profit) sector',
  kindDepartment: 'A department of the municipality',
  name: 'Name of the organisation',
  organisationNumber: 'Organisation number',
  organisationNumberHint: 'Ten digits, like 802000-0009. An association without a number leaves the field empty.',
  legalForm: 'Legal form',
  choose: 'Choose …',
  department: 'Department',
  what: 'What do you want to do?',
  areas: 'Areas you want to work on',
  areasHint: 'Choose at least one.',
  targetGroups: 'Target groups',
  ages: 'Ages',
  ageMin: 'From',
  ageMax: 'Up to and including',
  years: 'years',
  districts: 'Districts',
  offers: 'What you can offer',
  seeks: 'What you are looking for',
  forms: 'Forms of collaboration',
  wantsToHost: 'We would like to host an area',
  description: 'Describe briefly what you want to do',
  contact: 'Contact person',
  contactHint: 'The coordinators use the contact details to get in touch. They are never shown publicly.',
  contactName: 'Name',
  contactEmail: 'Email',
  contactPhone: 'Phone',
  privacy: 'Personal data',
  consent: 'I agree that the details are processed to find collaborations',
  privacyLink: 'Read how personal data is processed',
  listed: 'The organisation may be shown in a public list of interests, without contact details',
  publicRecord:
    'What you send to a Swedish municipality becomes a public document (allmän handling). Anyone may ask to see it, after a secrecy review. Do not write sensitive details in the form.',
  honeypot: 'Leave this field empty',
  submit: 'Send the interest',
  submitting: 'Sending the interest …',
  showMatches: 'Show possible partners',
  summary: 'There is a problem',
  errorPrefix: 'Error:',
  restored: 'We have filled in what you wrote earlier in this tab.',
  clear: 'Clear the form',
  successHeading: 'Thank you! The interest has been sent.',
  successText: 'The coordinators of the agreement will read it and contact the contact person. You need not do anything more now.',
  handedOver: 'Thank you! The interest has been handed over.',
  another: 'Send another interest',
  offline: 'The interest could not be sent: the server could not be reached. Your details are still in the form. Check the internet connection and send again.',
  unavailable: 'The service that receives interests is not answering right now. Your details are still in the form. Try again in a while.',
  rejected: (status: number) => `The receiver did not accept the interest (response ${status}). Your details are still in the form. Correct what is said below and send again, or contact the municipality.`,
  tooFast: 'The form was sent unusually fast. Check the details and send again.',
  checkFailed: 'The form could not be checked, because part of the page could not be loaded. Your details are still in the form. Try again.',
  matches: 'Possible partners',
  matchesLoading: 'Looking for possible partners …',
  matchesNone: 'No suggestions yet. The coordinators can still help you on.',
  matchesFailed: 'The suggestions could not be loaded right now.',
  matchesNote: 'Contact details are never shown here. To contact someone, ask the coordinators to put you in touch.',
  score: (percent: string) => `${percent} match`,
  found: (n: number) => (n === 1 ? 'One suggestion was found.' : `${n} suggestions were found.`),
  errorsFound: (n: number) => (n === 1 ? 'One error needs correcting.' : `${n} errors need correcting.`),
  areaTicked: (name: string) => `${name} is chosen in the interest form.`,
  noScript: 'The interest form needs JavaScript in the browser.',
  noScriptLink: 'Register an interest another way',
  legalForms: {
    'non-profit-association': 'Non-profit association (ideell förening)',
    'economic-association': 'Economic association (ekonomisk förening)',
    foundation: 'Foundation (stiftelse)',
    'religious-community': 'Religious community (trossamfund)',
    'informal-group': 'A network or group without an organisation number',
    'limited-company': 'Limited company (for example one with restricted dividends)',
    'trading-partnership': 'Trading partnership (handelsbolag)',
  },
};

/** English: the form's message for each field it checks. */
const check: UiText['check'] = {
  kind: 'Choose whether you are an organisation or a department',
  name: 'Enter the name of the organisation',
  organisationNumber: 'Check the organisation number',
  'orgnr-format': 'Enter the organisation number as ten digits, like 802000-0009',
  'orgnr-personnummer': 'That is a personal identity number. Enter the organisation’s number or leave the field empty',
  'orgnr-group': 'That is not an organisation number: its first digit must be 1–3 or 5–9',
  'orgnr-checksum': 'Check the organisation number: its last digit does not agree with the others',
  'orgnr-legal-form': 'The number does not fit the legal form. Check the organisation number or the legal form',
  legalForm: 'Choose a legal form from the list',
  department: 'Choose which department you are',
  areas: 'Choose at least one area you want to work on',
  targetGroups: 'Choose target groups from the list',
  ageMin: 'Enter the lowest age in whole years, like 13',
  ageMax: 'Enter the highest age in whole years, like 19',
  ageOrder: 'The highest age cannot be lower than the lowest',
  districts: 'Choose districts from the list',
  offers: 'Choose what you can offer from the list',
  seeks: 'Choose what you are looking for from the list',
  forms: 'Choose forms of collaboration from the list',
  wantsToHost: 'Tick the box if you want to host',
  description: 'Check the description',
  contactName: 'Enter the contact person’s name',
  contactEmail: 'Enter the contact person’s email address',
  emailFormat: 'Enter the email address in the right format, like name@example.org',
  contactPhone: 'Enter the phone number with 6–20 digits, like 040-34 10 00',
  consent: 'Agree to the processing of the details, or the interest cannot be sent',
  listed: 'Tick the box if you want to be listed',
};

/**
 * English: the web components' words, one section per element and what they share.
 *
 * @example
 * ```ts
 * import { ui } from '@samverkan/core/locales/en/ui';
 * ui.page.retry;
 * ```
 */
export const ui: UiText = { page, loadErrors, areaList, form, check };
