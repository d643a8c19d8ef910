/**
 * Svenska: the form's message for each field it checks.
 *
 * @example
 * ```ts
 * import { check } from '@samverkan/core/locales/sv/check';
 * check['orgnr-checksum'];
 * ```
 */
export const check = {
  kind: 'Välj om ni är en organisation eller en förvaltning',
  name: 'Skriv organisationens namn',
  organisationNumber: 'Kontrollera organisationsnumret',
  'orgnr-format': 'Skriv organisationsnumret med tio siffror, till exempel 802000-0009',
  'orgnr-personnummer': 'Det är ett personnummer. Skriv organisationens nummer eller lämna fältet tomt',
  'orgnr-group': 'Det är inget organisationsnummer: den första siffran ska vara 1–3 eller 5–9',
  'orgnr-checksum': 'Kontrollera organisationsnumret: den sista siffran stämmer inte med de andra',
  'orgnr-legal-form': 'Numret passar inte associationsformen. Kontrollera organisationsnumret eller associationsformen',
  legalForm: 'Välj en associationsform i listan',
  department: 'Välj vilken förvaltning ni är',
  areas: 'Välj minst ett område ni vill arbeta med',
  targetGroups: 'Välj målgrupper i listan',
  ageMin: 'Skriv den lägsta åldern i hela år, till exempel 13',
  ageMax: 'Skriv den högsta åldern i hela år, till exempel 19',
  ageOrder: 'Den högsta åldern kan inte vara lägre än den lägsta',
  districts: 'Välj stadsdelar i listan',
  offers: 'Välj det ni kan erbjuda i listan',
  seeks: 'Välj det ni söker i listan',
  forms: 'Välj samverkansformer i listan',
  wantsToHost: 'Kryssa i rutan om ni vill vara värd',
  description: 'Kontrollera beskrivningen',
  contactName: 'Skriv kontaktpersonens namn',
  contactEmail: 'Skriv kontaktpersonens e-postadress',
  emailFormat: 'Skriv e-postadressen i rätt format, till exempel namn@exempel.se',
  contactPhone: 'Skriv telefonnumret med 6–20 siffror, till exempel 040-34 10 00',
  consent: 'Godkänn att uppgifterna behandlas, annars kan intresseanmälan inte skickas',
  listed: 'Kryssa i rutan om ni vill synas i listan',
};
