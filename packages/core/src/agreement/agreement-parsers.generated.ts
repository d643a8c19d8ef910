// Written by scripts/write-parsers.ts (pnpm --filter @samverkan/core run parsers) from the Agreement schema: do not edit.
// Straight-line parsers for valid data (see src/_lib/fast-parse.ts), each used only while its schema's
// plan is the one it records; on anything else zod reads the value and reports its issues.
import type { GeneratedParser } from '../_lib/fast-parse.js';

/** The emitted parsers of the Agreement schema's large lists. */
export const AGREEMENT_PARSERS: readonly GeneratedParser[] = [
  {
    at: ["organisations"],
    signature: "[f1] {!\"id\":L0,\"name\":L1,?\"organisationNumber\":L2,?\"legalForm\":L3,?\"kind\":L4,?\"formal\":f2,?\"metaorganisation\":f5,?\"registeredIdeburen\":boolean,?\"associationRegister\":boolean,?\"activeInMunicipality\":boolean,?\"districts\":f7,?\"targetGroups\":f8,?\"website\":L7,?\"description\":L8,?\"$comment\":string,?\"sources\":f3,?\"certainty\":L6,?\"inferred\":f4} {!?\"statutes\":boolean,?\"board\":boolean,?\"annualMeeting\":boolean,?\"nonProfitPurpose\":boolean,?\"$comment\":string,?\"sources\":f3,?\"certainty\":L6,?\"inferred\":f4} [L5] [string] {!\"members\":f6,?\"$comment\":string,?\"sources\":f3,?\"certainty\":L6,?\"inferred\":f4} [L0] [L0] [L0]",
    create(leaves, fallbacks, FAIL, shaped, clean, env) {
      const L0 = leaves[0]!;
      const L1 = leaves[1]!;
      const L2 = leaves[2]!;
      const L3 = leaves[3]!;
      const L4 = leaves[4]!;
      const L5 = leaves[5]!;
      const L6 = leaves[6]!;
      const L7 = leaves[7]!;
      const L8 = leaves[8]!;

      function f0(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = f1(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      const S1 = fallbacks[1]!;
      const C1 = shaped();
      const P1 = clean(["id","name","organisationNumber","legalForm","kind","formal","metaorganisation","registeredIdeburen","associationRegister","activeInMunicipality","districts","targetGroups","website","description","$comment","sources","certainty","inferred"]);
      function f1(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P1 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return S1(i);
        const o = new C1();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        let required = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "id":
              if (at >= 0) return S1(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.id = x;
              break;
            case "name":
              if (at >= 1) return S1(i);
              at = 1;
              met++;
              x = i[k];
              if ((x = L1(x)) === FAIL) return FAIL;
              required++;
              o.name = x;
              break;
            case "organisationNumber":
              if (at >= 2) return S1(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = L2(x)) === FAIL) return FAIL;
              o.organisationNumber = x;
              break;
            case "legalForm":
              if (at >= 3) return S1(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
              o.legalForm = x;
              break;
            case "kind":
              if (at >= 4) return S1(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = L4(x)) === FAIL) return FAIL;
              o.kind = x;
              break;
            case "formal":
              if (at >= 5) return S1(i);
              at = 5;
              met++;
              x = i[k];
              if (x !== undefined && (x = f2(x)) === FAIL) return FAIL;
              o.formal = x;
              break;
            case "metaorganisation":
              if (at >= 6) return S1(i);
              at = 6;
              met++;
              x = i[k];
              if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
              o.metaorganisation = x;
              break;
            case "registeredIdeburen":
              if (at >= 7) return S1(i);
              at = 7;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.registeredIdeburen = x;
              break;
            case "associationRegister":
              if (at >= 8) return S1(i);
              at = 8;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.associationRegister = x;
              break;
            case "activeInMunicipality":
              if (at >= 9) return S1(i);
              at = 9;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.activeInMunicipality = x;
              break;
            case "districts":
              if (at >= 10) return S1(i);
              at = 10;
              met++;
              x = i[k];
              if (x !== undefined && (x = f7(x)) === FAIL) return FAIL;
              o.districts = x;
              break;
            case "targetGroups":
              if (at >= 11) return S1(i);
              at = 11;
              met++;
              x = i[k];
              if (x !== undefined && (x = f8(x)) === FAIL) return FAIL;
              o.targetGroups = x;
              break;
            case "website":
              if (at >= 12) return S1(i);
              at = 12;
              met++;
              x = i[k];
              if (x !== undefined && (x = L7(x)) === FAIL) return FAIL;
              o.website = x;
              break;
            case "description":
              if (at >= 13) return S1(i);
              at = 13;
              met++;
              x = i[k];
              if (x !== undefined && (x = L8(x)) === FAIL) return FAIL;
              o.description = x;
              break;
            case "$comment":
              if (at >= 14) return S1(i);
              at = 14;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 15) return S1(i);
              at = 15;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 16) return S1(i);
              at = 16;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 17) return S1(i);
              at = 17;
              met++;
              x = i[k];
              if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (required !== 2) return S1(i);
        if (met < 18 && Object.getOwnPropertyNames(i).length !== own) return S1(i);
        return o;
      }

      const S2 = fallbacks[2]!;
      const C2 = shaped();
      const P2 = clean(["statutes","board","annualMeeting","nonProfitPurpose","$comment","sources","certainty","inferred"]);
      function f2(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P2 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return S2(i);
        const o = new C2();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "statutes":
              if (at >= 0) return S2(i);
              at = 0;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.statutes = x;
              break;
            case "board":
              if (at >= 1) return S2(i);
              at = 1;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.board = x;
              break;
            case "annualMeeting":
              if (at >= 2) return S2(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.annualMeeting = x;
              break;
            case "nonProfitPurpose":
              if (at >= 3) return S2(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.nonProfitPurpose = x;
              break;
            case "$comment":
              if (at >= 4) return S2(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 5) return S2(i);
              at = 5;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 6) return S2(i);
              at = 6;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 7) return S2(i);
              at = 7;
              met++;
              x = i[k];
              if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (met < 8 && Object.getOwnPropertyNames(i).length !== own) return S2(i);
        return o;
      }

      function f3(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = L5(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      function f4(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = (typeof x === 'string' ? x : FAIL);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      const S5 = fallbacks[5]!;
      const C5 = shaped();
      const P5 = clean(["members","$comment","sources","certainty","inferred"]);
      function f5(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P5 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return S5(i);
        const o = new C5();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        let required = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "members":
              if (at >= 0) return S5(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = f6(x)) === FAIL) return FAIL;
              required++;
              o.members = x;
              break;
            case "$comment":
              if (at >= 1) return S5(i);
              at = 1;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 2) return S5(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 3) return S5(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 4) return S5(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (required !== 1) return S5(i);
        if (met < 5 && Object.getOwnPropertyNames(i).length !== own) return S5(i);
        return o;
      }

      function f6(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = L0(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      function f7(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = L0(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      function f8(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = L0(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }
      return f0;
    },
  },
];
