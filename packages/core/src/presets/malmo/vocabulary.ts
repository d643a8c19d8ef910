import type { District, TargetGroup } from '../../vocabulary/vocabulary.js';

// Target groups and districts that seed 004 names for Malmö's departments and examples.
export const TARGET_GROUPS: TargetGroup[] = [
  { id: 'barn-och-unga', label: { sv: 'Barn och unga', en: 'Children and young people' } },
  { id: 'unga', label: { sv: 'Unga', en: 'Young people' } },
  { id: 'aldre', label: { sv: 'Äldre', en: 'Older people' } },
  {
    id: 'personer-med-funktionsnedsattning',
    label: { sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' },
  },
  { id: 'anhoriga', label: { sv: 'Anhöriga', en: 'Relatives and carers' } },
  { id: 'barnfamiljer', label: { sv: 'Barnfamiljer', en: 'Families with children' } },
  { id: 'nyanlanda', label: { sv: 'Nyanlända', en: 'Newly arrived' } },
  { id: 'personer-i-hemloshet', label: { sv: 'Personer i hemlöshet', en: 'People experiencing homelessness' } },
  { id: 'arbetssokande', label: { sv: 'Arbetssökande', en: 'Jobseekers' } },
];

export const DISTRICTS: District[] = [
  { id: 'lindangen', label: { sv: 'Lindängen' } },
  { id: 'herrgarden', label: { sv: 'Herrgården' } },
  { id: 'rosengard', label: { sv: 'Rosengård' } },
  { id: 'hermodsdal', label: { sv: 'Hermodsdal' } },
  { id: 'apelgarden', label: { sv: 'Apelgården' } },
  { id: 'dammfri', label: { sv: 'Dammfri' } },
  { id: 'videdal', label: { sv: 'Videdal' } },
  { id: 'ribersborg', label: { sv: 'Ribersborg' } },
];
