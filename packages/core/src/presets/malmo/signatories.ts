import { slugify } from '../../_lib/slug.js';
import { normaliseOrganisationName, type Organisation, type OrganisationKind } from '../../organisation/organisation.js';

/**
 * The avsiktsförklaring's signatories exactly as "Idéburna Malmö" lists them (seed 000): it says 33
 * and has 33 lines, but "Studieförbundet Bilda Sydväst" stands twice. Kept verbatim so the count can be
 * checked against the source; {@link uniqueOrganisationNames} removes the repeat.
 */
export const SIGNATORY_LINES: readonly string[] = [
  'Malmö Ideella föreningars Paraplyorganisation',
  'MISO – Malmö Idrottsföreningars Samorganisation',
  'HISO – Handikappidrottens Samarbetsorganisation',
  'Studieförbundet Bilda Sydväst',
  'Studieförbundet Vuxenskolan Malmö',
  'Open Skåne',
  'Centrum för Publikt Entreprenörskap',
  'Lyssnare Utan Gränser',
  'Barnens Scen',
  'Studiefrämjandet Malmö',
  'Malmökretsen av Svenska Röda Korset',
  'Friskis & Svettis i Malmö',
  'Spiritus Mundi',
  'Kvarnby IK',
  'Skåne Stadsmission',
  'ABF Malmö',
  'Dyslexiförbundet FMLS i Malmö',
  'Mariaskolan – Den kristna skolföreningen i Malmö',
  'Malmö mot Diskriminering',
  'Svenska Kyrkan i Malmö',
  'Internationella Kvinnoföreningen i Malmö',
  'Språkcentrum i Malmö',
  'Hyllie Park Folkhögskola',
  'Röda Korsets Ungdomsförbund',
  'Malmö mediakanal',
  'Rädda Barnen Region Syd',
  'NÄTVERKET Idéburen sektor Skåne',
  'Studieförbundet Bilda Sydväst',
  'HSO i Malmö – Handikappföreningarnas Sam. Organisation i Malmö',
  'Ibn Rushd Studieförbund',
  'Somalier i Svenska Samhället',
  'Föreningen Värnet Malmö FVM',
  'Mentala Nätverket Skåne, MNS',
];

/**
 * The names once each, first occurrence kept, compared after normalising case, white space and
 * punctuation ({@link normaliseOrganisationName}).
 */
export function uniqueOrganisationNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = normaliseOrganisationName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Ids shorter than the slug of the full name, for the two metaorganisations the seeds name by acronym.
const SHORT_IDS: Readonly<Record<string, string>> = {
  'Malmö Ideella föreningars Paraplyorganisation': 'mip',
  'MISO – Malmö Idrottsföreningars Samorganisation': 'miso',
};

/** The kind where the name itself states it; otherwise an idéburen organisation of unstated type. */
function kindFromName(name: string): OrganisationKind {
  if (/studieförbund|studiefrämjandet|^ABF /i.test(name)) return 'study-association';
  if (/folkhögskola/i.test(name)) return 'folk-high-school';
  if (/kyrkan/i.test(name)) return 'religious-community';
  return 'idea-based';
}

/** The id a signatory's name gets in the preset. */
export function signatoryId(name: string): string {
  return SHORT_IDS[name] ?? slugify(name);
}

/**
 * The 32 distinct organisations that took part in or joined the avsiktsförklaring (seed 000: "medverkat
 * eller anslutit sig"), which it calls "Idéburna organisationer". MIP and MISO are the metaorganisations
 * it names ("samla liknande verksamheter som MIP och MISO … organisationer som har föreningar som
 * medlemmar"), and its definition counts studieförbund among metaorganisations too. Their member lists
 * are not in the sources, so they are left empty.
 */
export function signatoryOrganisations(): Organisation[] {
  return uniqueOrganisationNames(SIGNATORY_LINES).map((name): Organisation => {
    const id = signatoryId(name);
    const kind = kindFromName(name);
    return {
      id,
      name,
      kind,
      ...(id === 'mip' || id === 'miso' || kind === 'study-association' ? { metaorganisation: { members: [] } } : {}),
      // Seed 000 names "MIP" in its text and "Malmö Ideella föreningars Paraplyorganisation" in its list;
      // that they are one organisation is read, not stated. The kind, where the name does not state it, is a guess too.
      ...(id === 'mip' ? { $comment: 'MIP: taken to be the acronym of the name in the list.', inferred: ['id', 'kind'] } : kind === 'idea-based' ? {} : { inferred: ['kind'] }),
      sources: [{ source: 'ideburna-malmo', locator: 'Avsiktsförklaringen: organisationer som medverkat eller anslutit sig' }],
    };
  });
}
