import type { LoadDetails, UiText } from '../types.js';

// Af-Soomaali caadi ah, loona qoray dadweynaha; akhristaha waxaa lagula hadlayaa "idinka" (jamac), sida
// qoraalka Iswiidhishka uu u adeegsado "ni". Ereyada Iswiidhishka ee aan la turjumi karin mar ayaa
// qaansooyin lagu dhex qoraa.

const page: UiText['page'] = {
  loading: 'Heshiiska ayaa la soo rarayaa …',
  loadFailed: (src: string) => `Heshiiska lagama soo rari karin ${src}. Mar kale isku day.`,
  retry: 'Mar kale isku day',
  unavailableRetry: 'Heshiiska hadda lama muujin karo. Mar kale isku day wax yar kadib.',
  unavailable: 'Heshiiska hadda lama muujin karo. Cilladdu waxay ka jirtaa bogga, idinka kama aha.',
  principles: 'Mabaadi’da iskaashiga',
  noPrinciples: 'Heshiisku ma sheegayo wax mabaadi’ ah.',
};

const loadErrors: UiText['loadErrors'] = {
  network: ({ src }: LoadDetails) => `Heshiiska lagama soo rari karin ${src}. Hubi ciwaanka iyo shabakadda, kadibna mar kale isku day.`,
  timeout: ({ src }: LoadDetails) => `Soo raridda heshiiska ee ${src} waqti dheer ayay qaadatay. Mar kale isku day wax yar kadib.`,
  http: ({ src, status }: LoadDetails) => `Heshiiska lagama soo rari karin ${src} (jawaab ${status ?? '?'}). Hubi in ciwaanku sax yahay.`,
  'content-type': ({ src }: LoadDetails) => `Faylka ${src} ku yaal ma aha JSON. Ka dhig src mid tilmaamaya agreement.json.`,
  'too-large': ({ src }: LoadDetails) => `Faylka ${src} ku yaal aad buu u weyn yahay inuu heshiis noqdo. Hubi ciwaanka.`,
  'not-json': ({ src }: LoadDetails) => `Faylka ${src} ku yaal ma aha JSON sax ah. Sax faylka, tusaale ahaan adigoo isticmaalaya npx -p @samverkan/core samverkan validate.`,
  invalid: ({ src, count, path }: LoadDetails) =>
    `Faylka ${src} ku yaal ma aha heshiis sax ah: ${count ?? 1} khalad${path ? `, kan ugu horreeya wuxuu ku yaal ${path}` : ''}. Ku hubi npx -p @samverkan/core samverkan validate.`,
};

const areaList: UiText['areaList'] = {
  areas: 'Qaybaha mudnaanta leh',
  noAreas: 'Qorshaha iskaashigu weli ma laha qaybo mudnaan leh.',
  noMatch: 'Ma jiraan qaybo ku habboon shaandhada.',
  showAll: 'Tus dhammaan qaybaha',
  targetGroup: 'Kooxda la beegsanayo',
  district: 'Xaafadda',
  all: 'Dhammaan',
  phase: 'Marxaladda',
  phaseOf: (n: number, total: number) => `tallaabada ${n} ee ${total}`,
  started: 'Wuxuu bilaabmay',
  timeFrame: (years: number) => `muddada qiyaastii ${years} sano`,
  hostSector: 'Martigeliyaha bulshada rayidka',
  hostMunicipality: 'Martigeliyaha degmada',
  vacant: 'bannaan',
  collaborations: 'Iskaashiga qaybtan',
  partners: 'La-hawlgalayaasha',
  ages: (min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `da’da ${min}–${max} sano` : min !== undefined ? `laga bilaabo ${min} sano` : `ilaa ${max} sano`,
  select: (name: string) => `Dooro ${name}`,
  planPeriod: (name: string, start: string, end: string) => `${name}, ${start} – ${end}`,
  filtersLabel: 'Shaandhee qaybaha',
  shown: (n: number, total: number) => `Waxaa la muujinayaa ${n} ka mid ah ${total} qaybood.`,
  active: (since?: string) => (since ? `Heshiisku wuu dhaqan gelay tan iyo ${since}.` : 'Heshiisku wuu dhaqan gelay.'),
  draft: 'Heshiisku waa qabyo.',
  terminated: (date: string) => `Heshiisku wuxuu dhammaaday ${date}.`,
  asOf: (date: string) => `Xogtu waa sidii ay ahayd ${date}.`,
};

const form: UiText['form'] = {
  heading: 'Muuji xiisaha aad u qabtaan iskaashi',
  intro: 'Noo sheega waxa aad rabtaan inaad qabataan, isku-duwayaashuna waxay idinka caawin doonaan inaad hesho cid aad la shaqaysaan.',
  optional: '(ikhtiyaari)',
  who: 'Yaad tihiin?',
  kindOrganisation: 'Urur ka tirsan bulshada rayidka ah ee aan macaash doonka ahayn',
  kindDepartment: 'Waax ka tirsan degmada',
  name: 'Magaca ururka',
  organisationNumber: 'Lambarka ururka (organisationsnummer)',
  organisationNumberHint: 'Toban god, tusaale ahaan 802000-0009. Urur aan lambar lahayn goobtan ha ka tago mid bannaan.',
  legalForm: 'Qaabka sharci ee ururka',
  choose: 'Dooro …',
  department: 'Waaxda',
  what: 'Maxaad rabtaan inaad qabataan?',
  areas: 'Qaybaha aad rabtaan inaad ka shaqaysaan',
  areasHint: 'Dooro ugu yaraan hal.',
  targetGroups: 'Kooxaha la beegsanayo',
  ages: 'Da’da',
  ageMin: 'Laga bilaabo',
  ageMax: 'Ilaa (ay ku jirto)',
  years: 'sano',
  districts: 'Xaafadaha',
  offers: 'Waxa aad bixin kartaan',
  seeks: 'Waxa aad raadinaysaan',
  forms: 'Qaababka iskaashiga',
  wantsToHost: 'Waxaan jeclaan lahayn inaan martigelino qayb',
  description: 'Si kooban u sharraxa waxa aad rabtaan inaad qabataan',
  contact: 'Qofka xiriirka',
  contactHint: 'Isku-duwayaashu waxay u isticmaalaan xogta xiriirka si ay idiinla soo xiriiraan. Xogtaas weligeed dadweynaha looma muujiyo.',
  contactName: 'Magaca',
  contactEmail: 'Iimaylka',
  contactPhone: 'Taleefanka',
  privacy: 'Xogta shakhsiga ah',
  consent: 'Waan ogolahay in xogta loo isticmaalo raadinta iskaashi',
  privacyLink: 'Akhri sida xogta shakhsiga ah loo maareeyo',
  listed: 'Ururka waa la soo bandhigi karaa liis dadweyne oo muujinaya xiisaha, iyadoo aan xogta xiriirka lagu darin',
  publicRecord:
    'Waxa aad u dirtaan degmada wuxuu noqdaa dukumenti dadweyne (allmän handling). Qof kasta ayaa codsan kara inuu arko, kadib marka sirta la hubiyo. Ha ku qorina foomka xog xasaasi ah.',
  honeypot: 'Goobtan ka taga mid bannaan',
  submit: 'Dir xiisaha',
  submitting: 'Xiisaha ayaa la dirayaa …',
  showMatches: 'Tus la-hawlgalayaal suurtagal ah',
  summary: 'Dhib ayaa jira',
  errorPrefix: 'Khalad:',
  restored: 'Waxaan buuxinay waxa aad hore ugu qorteen tabkan.',
  clear: 'Faaruqi foomka',
  successHeading: 'Mahadsanid! Xiisaha waa la diray.',
  successText: 'Isku-duwayaasha heshiisku way akhriyi doonaan, waxayna la xiriiri doonaan qofka xiriirka. Hadda wax kale uma baahnidin inaad samaysaan.',
  handedOver: 'Mahadsanid! Xiisaha waa la gudbiyay.',
  another: 'Dir xiise kale',
  offline: 'Xiisaha lama diri karin: server-ka lama gaari karin. Xogtiinnu weli foomka ayay ku jirtaa. Hubi xiriirka internetka oo mar kale dir.',
  unavailable: 'Adeegga qaata xiisaha hadda ma jawaabayo. Xogtiinnu weli foomka ayay ku jirtaa. Mar kale isku day wax yar kadib.',
  rejected: (status: number) =>
    `Qaataha ma aqbalin xiisaha (jawaab ${status}). Xogtiinnu weli foomka ayay ku jirtaa. Sax waxa hoos ku qoran oo mar kale dir, ama la xiriir degmada.`,
  tooFast: 'Foomka si aan caadi ahayn oo degdeg ah ayaa loo diray. Hubi xogta oo mar kale dir.',
  checkFailed: 'Foomka lama hubin karin, maxaa yeelay qayb ka mid ah bogga lama soo rari karin. Xogtiinnu weli foomka ayay ku jirtaa. Mar kale isku day.',
  matches: 'La-hawlgalayaal suurtagal ah',
  matchesLoading: 'Waxaa la raadinayaa la-hawlgalayaal suurtagal ah …',
  matchesNone: 'Weli ma jiraan soo jeedin. Isku-duwayaashu weli way idin caawin karaan.',
  matchesFailed: 'Soo jeedimaha hadda lama soo rari karin.',
  matchesNote: 'Halkan weligeed laguma muujiyo xogta xiriirka. Haddii aad rabtaan inaad qof la xiriirtaan, isku-duwayaasha ka codsada inay idin isku xiraan.',
  score: (percent: string) => `Ku habboonaan ${percent}`,
  found: (n: number) => (n === 1 ? 'Hal soo jeedin ayaa la helay.' : `${n} soo jeedin ayaa la helay.`),
  errorsFound: (n: number) => (n === 1 ? 'Hal khalad ayaa u baahan in la saxo.' : `${n} khalad ayaa u baahan in la saxo.`),
  areaTicked: (name: string) => `${name} waa la doortay foomka xiisaha.`,
  noScript: 'Foomka xiisaha wuxuu u baahan yahay in JavaScript uu ka shaqeeyo browser-ka.',
  noScriptLink: 'Xiisaha si kale u muuji',
  legalForms: {
    'non-profit-association': 'Urur aan macaash doon ahayn (ideell förening)',
    'economic-association': 'Urur dhaqaale oo wadaag ah (ekonomisk förening)',
    foundation: 'Hay’ad deeq (stiftelse)',
    'religious-community': 'Bulsho diimeed (trossamfund)',
    'informal-group': 'Shabakad ama koox aan lambar urur lahayn',
    'limited-company': 'Shirkad xaddidan (tusaale ahaan mid faa’iido qaybinteedu xaddidan tahay)',
    'trading-partnership': 'Shirkad wadaag ah (handelsbolag)',
  },
};

const check: UiText['check'] = {
  kind: 'Dooro inaad tihiin urur ama waax',
  name: 'Qor magaca ururka',
  organisationNumber: 'Hubi lambarka ururka',
  'orgnr-format': 'Qor lambarka ururka oo ah toban god, tusaale ahaan 802000-0009',
  'orgnr-personnummer': 'Kani waa lambar shakhsi (personnummer). Qor lambarka ururka ama goobta ka tag mid bannaan',
  'orgnr-group': 'Kani ma aha lambar urur: godka koowaad waa inuu noqdaa 1–3 ama 5–9',
  'orgnr-checksum': 'Hubi lambarka ururka: godka ugu dambeeya kuma habboona kuwa kale',
  'orgnr-legal-form': 'Lambarku kuma habboona qaabka sharci. Hubi lambarka ururka ama qaabka sharci',
  legalForm: 'Liiska ka dooro qaabka sharci',
  department: 'Dooro waaxda aad tihiin',
  areas: 'Dooro ugu yaraan hal qayb oo aad rabtaan inaad ka shaqaysaan',
  targetGroups: 'Liiska ka dooro kooxaha la beegsanayo',
  ageMin: 'Qor da’da ugu yar oo sano dhan ah, tusaale ahaan 13',
  ageMax: 'Qor da’da ugu weyn oo sano dhan ah, tusaale ahaan 19',
  ageOrder: 'Da’da ugu weyn kama yaraan karto da’da ugu yar',
  districts: 'Liiska ka dooro xaafadaha',
  offers: 'Liiska ka dooro waxa aad bixin kartaan',
  seeks: 'Liiska ka dooro waxa aad raadinaysaan',
  forms: 'Liiska ka dooro qaababka iskaashiga',
  wantsToHost: 'Calaamadee sanduuqa haddii aad rabtaan inaad martigelisaan',
  description: 'Hubi sharraxaadda',
  contactName: 'Qor magaca qofka xiriirka',
  contactEmail: 'Qor iimaylka qofka xiriirka',
  emailFormat: 'Qor iimaylka qaabkiisa saxda ah, tusaale ahaan magac@tusaale.se',
  contactPhone: 'Qor lambarka taleefanka oo ah 6–20 god, tusaale ahaan 040-34 10 00',
  consent: 'Ogolow in xogta la isticmaalo, haddii kale xiisaha lama diri karo',
  listed: 'Calaamadee sanduuqa haddii aad rabtaan inaad liiska ka muuqataan',
};

/**
 * Soomaali: the web components' words in Somali. Not yet reviewed by a native speaker: see
 * docs/translations.md.
 *
 * @example
 * ```ts
 * import { ui } from '@samverkan/core/locales/so/ui';
 * ui.page.retry; // 'Mar kale isku day'
 * ```
 */
export const ui: UiText = { page, loadErrors, areaList, form, check };
