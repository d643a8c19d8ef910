/**
 * Svenska: `<samverkan-match-form>`'s words.
 *
 * @example
 * ```ts
 * import { form } from '@samverkan/core/locales/sv/form';
 * form.submit; // 'Skicka intresseanmälan'
 * ```
 */
export const form = {
  heading: 'Anmäl intresse för samverkan',
  intro: 'Berätta vad ni vill göra, så hjälper samordnarna er att hitta någon att samverka med.',
  optional: '(valfritt)',
  who: 'Vem är ni?',
  kindOrganisation: 'En organisation i den idéburna sektorn',
  kindDepartment: 'En förvaltning i kommunen',
  name: 'Organisationens namn',
  organisationNumber: 'Organisationsnummer',
  organisationNumberHint: 'Tio siffror, till exempel 802000-0009. En förening utan nummer lämnar fältet tomt.',
  legalForm: 'Associationsform',
  choose: 'Välj …',
  department: 'Förvaltning',
  what: 'Vad vill ni göra?',
  areas: 'Områden ni vill arbeta med',
  areasHint: 'Välj minst ett.',
  targetGroups: 'Målgrupper',
  ages: 'Åldrar',
  ageMin: 'Från',
  ageMax: 'Till och med',
  years: 'år',
  districts: 'Stadsdelar',
  offers: 'Det ni kan erbjuda',
  seeks: 'Det ni söker',
  forms: 'Former för samverkan',
  wantsToHost: 'Vi vill gärna vara värd för ett område',
  description: 'Beskriv kort vad ni vill göra',
  contact: 'Kontaktperson',
  contactHint: 'Samordnarna använder kontaktuppgifterna för att höra av sig. De visas aldrig offentligt.',
  contactName: 'Namn',
  contactEmail: 'E-post',
  contactPhone: 'Telefon',
  privacy: 'Personuppgifter',
  consent: 'Jag godkänner att uppgifterna behandlas för att hitta samverkan',
  privacyLink: 'Läs hur personuppgifterna behandlas',
  listed: 'Organisationen får visas i en offentlig lista över intresseanmälningar, utan kontaktuppgifter',
  publicRecord:
    'Det ni skickar till en kommun blir en allmän handling. Den kan lämnas ut till den som begär det, efter en sekretessprövning. Skriv inte känsliga uppgifter i formuläret.',
  honeypot: 'Lämna det här fältet tomt',
  submit: 'Skicka intresseanmälan',
  submitting: 'Skickar intresseanmälan …',
  showMatches: 'Visa möjliga samarbetspartner',
  summary: 'Det finns ett problem',
  errorPrefix: 'Fel:',
  restored: 'Vi har fyllt i det du skrev tidigare i den här fliken.',
  clear: 'Töm formuläret',
  successHeading: 'Tack! Intresseanmälan är skickad.',
  successText: 'Samordnarna för överenskommelsen läser den och hör av sig till kontaktpersonen. Ni behöver inte göra något mer nu.',
  handedOver: 'Tack! Intresseanmälan är lämnad.',
  another: 'Skicka en intresseanmälan till',
  offline: 'Intresseanmälan kunde inte skickas: servern gick inte att nå. Era uppgifter finns kvar i formuläret. Kontrollera internetanslutningen och skicka igen.',
  unavailable: 'Tjänsten som tar emot intresseanmälningar svarar inte just nu. Era uppgifter finns kvar i formuläret. Försök igen om en stund.',
  rejected: (status: number) => `Mottagaren tog inte emot intresseanmälan (svar ${status}). Era uppgifter finns kvar. Rätta det som står nedan och skicka igen, eller kontakta kommunen.`,
  tooFast: 'Formuläret skickades ovanligt snabbt. Kontrollera uppgifterna och skicka igen.',
  checkFailed: 'Formuläret kunde inte kontrolleras, eftersom en del av sidan inte gick att hämta. Era uppgifter finns kvar. Försök igen.',
  matches: 'Möjliga samarbetspartner',
  matchesLoading: 'Söker möjliga samarbetspartner …',
  matchesNone: 'Inga förslag ännu. Samordnarna kan ändå hjälpa er vidare.',
  matchesFailed: 'Förslagen kunde inte hämtas just nu.',
  matchesNote: 'Här visas aldrig kontaktuppgifter. Vill ni kontakta någon, be samordnarna förmedla kontakten.',
  /** `percent` comes formatted for the language, e.g. "30 %". */
  score: (percent: string) => `Passar till ${percent}`,
  found: (n: number) => (n === 1 ? 'Ett förslag hittades.' : `${n} förslag hittades.`),
  errorsFound: (n: number) => (n === 1 ? 'Ett fel behöver rättas.' : `${n} fel behöver rättas.`),
  /** Said when an area chosen in a list on the page is ticked in the form. */
  areaTicked: (name: string) => `${name} är valt i intresseanmälan.`,
  /** The form's place in HTML written by `samverkan render`, read where JavaScript is off. */
  noScript: 'Formuläret för intresseanmälan behöver JavaScript i webbläsaren.',
  /** A link from that place to another way of registering an interest (`--form-href`). */
  noScriptLink: 'Anmäl intresse på annat sätt',
  legalForms: {
    'non-profit-association': 'Ideell förening',
    'economic-association': 'Ekonomisk förening',
    foundation: 'Stiftelse',
    'religious-community': 'Trossamfund',
    'informal-group': 'Nätverk eller grupp utan organisationsnummer',
    'limited-company': 'Aktiebolag (till exempel ett bolag med särskild vinstutdelningsbegränsning)',
    'trading-partnership': 'Handelsbolag',
  },
};
