import type { Finding, Rule } from '../rule/rule.js';
import { endOf, startOf } from './joining.js';

/**
 * The joining register holds together (Göteborg's and Västra Götalandsregionen's agreements are joined by
 * application, each organisation on its own date): an organisation leaves after it joins; it joins the
 * agreement no earlier than the agreement was adopted (and a declaration of intent no later), and not
 * after the agreement ended; one that signed at adoption did so on that day; and nobody is joined twice
 * at once to the same thing. Unknown organisations are the references rule's to report.
 */
export const joining: Rule = {
  id: 'joining',
  check({ agreement }) {
    const findings: Finding[] = [];
    const register = agreement.joined ?? [];
    const ended = agreement.status.state === 'terminated' ? agreement.status.date : undefined;
    register.forEach((j, i) => {
      const path = ['joined', i];
      const to = j.to ?? 'agreement';
      if (j.left !== undefined && endOf(j.left) < startOf(j.date)) {
        findings.push({ code: 'joining_left_before_joined', path: [...path, 'left'], severity: 'error', params: { from: j.date, to: j.left } });
      }
      if (to === 'agreement' && endOf(j.date) < agreement.adopted) {
        findings.push({ code: 'joining_before_adoption', path: [...path, 'date'], severity: 'error', params: { value: j.date, adopted: agreement.adopted } });
      }
      if (to === 'declaration-of-intent' && startOf(j.date) > agreement.adopted) {
        findings.push({ code: 'joining_declaration_after_adoption', path: [...path, 'date'], severity: 'warning', params: { value: j.date, adopted: agreement.adopted } });
      }
      if (ended !== undefined && startOf(j.date) > ended) {
        findings.push({ code: 'joining_after_end', path: [...path, 'date'], severity: 'error', params: { value: j.date, to: ended } });
      }
      if (to === 'agreement' && j.how === 'signed-at-adoption' && !(startOf(j.date) <= agreement.adopted && agreement.adopted <= endOf(j.date))) {
        findings.push({ code: 'joining_not_at_adoption', path: [...path, 'date'], severity: 'warning', params: { value: j.date, adopted: agreement.adopted } });
      }
    });
    // Twice at once: two entries for the same organisation and instrument whose spans overlap.
    register.forEach((j, i) => {
      const earlier = register.findIndex(
        (k, n) =>
          n < i &&
          k.organisation === j.organisation &&
          (k.to ?? 'agreement') === (j.to ?? 'agreement') &&
          (k.left === undefined || startOf(j.date) < endOf(k.left)) &&
          (j.left === undefined || startOf(k.date) < endOf(j.left)),
      );
      if (earlier >= 0) {
        findings.push({ code: 'joining_twice', path: ['joined', i, 'organisation'], severity: 'error', params: { value: j.organisation, other: `joined[${earlier}]` } });
      }
    });
    return findings;
  },
};
