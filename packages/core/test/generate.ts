import type { Interest, Resource } from '../src/interest/interest.js';
import { malmo } from '../src/presets/malmo/malmo.js';

/** A small deterministic PRNG (mulberry32), so generated data is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES: Resource[] = ['premises', 'volunteers', 'knowledge', 'network', 'funding', 'activities', 'reach', 'equipment'];
const LANGUAGES = ['sv', 'en', 'ar', 'so', 'fa', 'bs', 'pl', 'ti'];

function pick<T>(random: () => number, items: readonly T[], max: number): T[] {
  const k = 1 + Math.floor(random() * max);
  const out = new Set<T>();
  while (out.size < Math.min(k, items.length)) out.add(items[Math.floor(random() * items.length)]!);
  return [...out];
}

/**
 * Generates `n` interests on Malmö's areas, target groups, districts and forms, about a third from
 * departments, each with a contact person whose address is unique and easy to search for in output.
 */
export function generateInterests(n: number, seed = 1): Interest[] {
  const random = rng(seed);
  const areas = malmo.plans[0]!.areas.map((a) => a.id);
  const groups = (malmo.targetGroups ?? []).map((t) => t.id);
  const districts = (malmo.districts ?? []).map((d) => d.id);
  const forms = malmo.collaborationForms.map((f) => f.id);
  const departments = malmo.departments.map((d) => d.id);
  const out: Interest[] = [];
  for (let i = 0; i < n; i++) {
    const isDepartment = random() < 0.33;
    const min = Math.floor(random() * 20);
    out.push({
      id: `interest-${i}`,
      stated: isDepartment
        ? { kind: 'department', department: departments[i % departments.length]! }
        : { kind: 'new-organisation', name: `Förening ${i}`, legalForm: 'non-profit-association' },
      areas: pick(random, areas, 2),
      targetGroups: pick(random, groups, 2),
      ages: { min, max: min + 5 + Math.floor(random() * 20) },
      districts: pick(random, districts, 3),
      offers: pick(random, RESOURCES, 3),
      seeks: pick(random, RESOURCES, 2),
      forms: pick(random, forms, 2),
      languages: pick(random, LANGUAGES, 2),
      wantsToHost: random() < 0.1,
      consent: { matching: random() < 0.95, listing: random() < 0.8 },
      contact: { name: `Kontakt ${i}`, email: `kontakt-${i}@contact.invalid`, phone: '040-123 45 67' },
    });
  }
  return out;
}
