// Written by scripts/write-parsers.ts (pnpm --filter @samverkan/core run parsers) from the Agreement schema: do not edit.
// Straight-line parsers for valid data (see src/_lib/fast-parse.ts), each used only while its schema's
// plan is the one it records; on anything else zod reads the value and reports its issues.
import type { GeneratedParser } from '../_lib/fast-parse.js';

/** The emitted parsers of the Agreement schema's large lists. */
export const AGREEMENT_PARSERS: readonly GeneratedParser[] = [
  {
    at: ["organisations"],
    signature: "[f1] {!\"id\":L0,\"name\":L1,?\"organisationNumber\":L2,?\"legalForm\":L3,?\"kind\":L4,?\"formal\":f2,?\"metaorganisation\":f5,?\"registeredIdeburen\":boolean,?\"associationRegister\":boolean,?\"activeInMunicipality\":boolean,?\"districts\":f7,?\"targetGroups\":f8,?\"website\":L7,?\"description\":L8,?\"$comment\":string,?\"sources\":f3,?\"certainty\":L6,?\"inferred\":f4} {!?\"statutes\":boolean,?\"board\":boolean,?\"annualMeeting\":boolean,?\"nonProfitPurpose\":boolean,?\"$comment\":string,?\"sources\":f3,?\"certainty\":L6,?\"inferred\":f4} [L5] [string] {!\"members\":f6,?\"$comment\":string,?\"sources\":f3,?\"certainty\":L6,?\"inferred\":f4} [L0] [L0] [L0]",
    create(leaves, FAIL, shaped, clean, env) {
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

      const K1 = new Set(["id","name","organisationNumber","legalForm","kind","formal","metaorganisation","registeredIdeburen","associationRegister","activeInMunicipality","districts","targetGroups","website","description","$comment","sources","certainty","inferred"]);
      const C1 = shaped();
      function s1(i: Record<string, unknown>): unknown {
        const o = new C1();
        let x: unknown;
        if (!("id" in i)) return FAIL;
        x = i.id;
        if ((x = L0(x)) === FAIL) return FAIL;
        o.id = x;
        if (!("name" in i)) return FAIL;
        x = i.name;
        if ((x = L1(x)) === FAIL) return FAIL;
        o.name = x;
        if ("organisationNumber" in i) {
          x = i.organisationNumber;
          if (x !== undefined && (x = L2(x)) === FAIL) return FAIL;
          o.organisationNumber = x;
        }
        if ("legalForm" in i) {
          x = i.legalForm;
          if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
          o.legalForm = x;
        }
        if ("kind" in i) {
          x = i.kind;
          if (x !== undefined && (x = L4(x)) === FAIL) return FAIL;
          o.kind = x;
        }
        if ("formal" in i) {
          x = i.formal;
          if (x !== undefined && (x = f2(x)) === FAIL) return FAIL;
          o.formal = x;
        }
        if ("metaorganisation" in i) {
          x = i.metaorganisation;
          if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
          o.metaorganisation = x;
        }
        if ("registeredIdeburen" in i) {
          x = i.registeredIdeburen;
          if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
          o.registeredIdeburen = x;
        }
        if ("associationRegister" in i) {
          x = i.associationRegister;
          if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
          o.associationRegister = x;
        }
        if ("activeInMunicipality" in i) {
          x = i.activeInMunicipality;
          if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
          o.activeInMunicipality = x;
        }
        if ("districts" in i) {
          x = i.districts;
          if (x !== undefined && (x = f7(x)) === FAIL) return FAIL;
          o.districts = x;
        }
        if ("targetGroups" in i) {
          x = i.targetGroups;
          if (x !== undefined && (x = f8(x)) === FAIL) return FAIL;
          o.targetGroups = x;
        }
        if ("website" in i) {
          x = i.website;
          if (x !== undefined && (x = L7(x)) === FAIL) return FAIL;
          o.website = x;
        }
        if ("description" in i) {
          x = i.description;
          if (x !== undefined && (x = L8(x)) === FAIL) return FAIL;
          o.description = x;
        }
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K1.has(k)) return FAIL;
        return o;
      }
      const P1 = clean(["id","name","organisationNumber","legalForm","kind","formal","metaorganisation","registeredIdeburen","associationRegister","activeInMunicipality","districts","targetGroups","website","description","$comment","sources","certainty","inferred"]);
      function f1(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P1 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s1(i);
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
              if (at >= 0) return s1(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.id = x;
              break;
            case "name":
              if (at >= 1) return s1(i);
              at = 1;
              met++;
              x = i[k];
              if ((x = L1(x)) === FAIL) return FAIL;
              required++;
              o.name = x;
              break;
            case "organisationNumber":
              if (at >= 2) return s1(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = L2(x)) === FAIL) return FAIL;
              o.organisationNumber = x;
              break;
            case "legalForm":
              if (at >= 3) return s1(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
              o.legalForm = x;
              break;
            case "kind":
              if (at >= 4) return s1(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = L4(x)) === FAIL) return FAIL;
              o.kind = x;
              break;
            case "formal":
              if (at >= 5) return s1(i);
              at = 5;
              met++;
              x = i[k];
              if (x !== undefined && (x = f2(x)) === FAIL) return FAIL;
              o.formal = x;
              break;
            case "metaorganisation":
              if (at >= 6) return s1(i);
              at = 6;
              met++;
              x = i[k];
              if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
              o.metaorganisation = x;
              break;
            case "registeredIdeburen":
              if (at >= 7) return s1(i);
              at = 7;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.registeredIdeburen = x;
              break;
            case "associationRegister":
              if (at >= 8) return s1(i);
              at = 8;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.associationRegister = x;
              break;
            case "activeInMunicipality":
              if (at >= 9) return s1(i);
              at = 9;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.activeInMunicipality = x;
              break;
            case "districts":
              if (at >= 10) return s1(i);
              at = 10;
              met++;
              x = i[k];
              if (x !== undefined && (x = f7(x)) === FAIL) return FAIL;
              o.districts = x;
              break;
            case "targetGroups":
              if (at >= 11) return s1(i);
              at = 11;
              met++;
              x = i[k];
              if (x !== undefined && (x = f8(x)) === FAIL) return FAIL;
              o.targetGroups = x;
              break;
            case "website":
              if (at >= 12) return s1(i);
              at = 12;
              met++;
              x = i[k];
              if (x !== undefined && (x = L7(x)) === FAIL) return FAIL;
              o.website = x;
              break;
            case "description":
              if (at >= 13) return s1(i);
              at = 13;
              met++;
              x = i[k];
              if (x !== undefined && (x = L8(x)) === FAIL) return FAIL;
              o.description = x;
              break;
            case "$comment":
              if (at >= 14) return s1(i);
              at = 14;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 15) return s1(i);
              at = 15;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 16) return s1(i);
              at = 16;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 17) return s1(i);
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
        if (required !== 2) return s1(i);
        if (met < 18 && Object.getOwnPropertyNames(i).length !== own) return s1(i);
        return o;
      }

      const K2 = new Set(["statutes","board","annualMeeting","nonProfitPurpose","$comment","sources","certainty","inferred"]);
      const C2 = shaped();
      function s2(i: Record<string, unknown>): unknown {
        const o = new C2();
        let x: unknown;
        if ("statutes" in i) {
          x = i.statutes;
          if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
          o.statutes = x;
        }
        if ("board" in i) {
          x = i.board;
          if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
          o.board = x;
        }
        if ("annualMeeting" in i) {
          x = i.annualMeeting;
          if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
          o.annualMeeting = x;
        }
        if ("nonProfitPurpose" in i) {
          x = i.nonProfitPurpose;
          if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
          o.nonProfitPurpose = x;
        }
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K2.has(k)) return FAIL;
        return o;
      }
      const P2 = clean(["statutes","board","annualMeeting","nonProfitPurpose","$comment","sources","certainty","inferred"]);
      function f2(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P2 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s2(i);
        const o = new C2();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "statutes":
              if (at >= 0) return s2(i);
              at = 0;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.statutes = x;
              break;
            case "board":
              if (at >= 1) return s2(i);
              at = 1;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.board = x;
              break;
            case "annualMeeting":
              if (at >= 2) return s2(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.annualMeeting = x;
              break;
            case "nonProfitPurpose":
              if (at >= 3) return s2(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'boolean' ? x : FAIL)) === FAIL) return FAIL;
              o.nonProfitPurpose = x;
              break;
            case "$comment":
              if (at >= 4) return s2(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 5) return s2(i);
              at = 5;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 6) return s2(i);
              at = 6;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 7) return s2(i);
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
        if (met < 8 && Object.getOwnPropertyNames(i).length !== own) return s2(i);
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

      const K5 = new Set(["members","$comment","sources","certainty","inferred"]);
      const C5 = shaped();
      function s5(i: Record<string, unknown>): unknown {
        const o = new C5();
        let x: unknown;
        if (!("members" in i)) return FAIL;
        x = i.members;
        if ((x = f6(x)) === FAIL) return FAIL;
        o.members = x;
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K5.has(k)) return FAIL;
        return o;
      }
      const P5 = clean(["members","$comment","sources","certainty","inferred"]);
      function f5(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P5 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s5(i);
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
              if (at >= 0) return s5(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = f6(x)) === FAIL) return FAIL;
              required++;
              o.members = x;
              break;
            case "$comment":
              if (at >= 1) return s5(i);
              at = 1;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 2) return s5(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 3) return s5(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 4) return s5(i);
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
        if (required !== 1) return s5(i);
        if (met < 5 && Object.getOwnPropertyNames(i).length !== own) return s5(i);
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
  {
    at: ["joined"],
    signature: "?f1 [f2] {!\"organisation\":L0,?\"to\":L1,\"date\":L2,?\"how\":L3,?\"decisionReference\":L4,?\"left\":L2,?\"note\":L5,?\"$comment\":string,?\"sources\":f3,?\"certainty\":L7,?\"inferred\":f4} [L6] [string]",
    create(leaves, FAIL, shaped, clean, env) {
      const L0 = leaves[0]!;
      const L1 = leaves[1]!;
      const L2 = leaves[2]!;
      const L3 = leaves[3]!;
      const L4 = leaves[4]!;
      const L5 = leaves[5]!;
      const L6 = leaves[6]!;
      const L7 = leaves[7]!;

      function f0(v: unknown): unknown {
        return v === undefined ? undefined : f1(v);
      }

      function f1(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = f2(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      const K2 = new Set(["organisation","to","date","how","decisionReference","left","note","$comment","sources","certainty","inferred"]);
      const C2 = shaped();
      function s2(i: Record<string, unknown>): unknown {
        const o = new C2();
        let x: unknown;
        if (!("organisation" in i)) return FAIL;
        x = i.organisation;
        if ((x = L0(x)) === FAIL) return FAIL;
        o.organisation = x;
        if ("to" in i) {
          x = i.to;
          if (x !== undefined && (x = L1(x)) === FAIL) return FAIL;
          o.to = x;
        }
        if (!("date" in i)) return FAIL;
        x = i.date;
        if ((x = L2(x)) === FAIL) return FAIL;
        o.date = x;
        if ("how" in i) {
          x = i.how;
          if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
          o.how = x;
        }
        if ("decisionReference" in i) {
          x = i.decisionReference;
          if (x !== undefined && (x = L4(x)) === FAIL) return FAIL;
          o.decisionReference = x;
        }
        if ("left" in i) {
          x = i.left;
          if (x !== undefined && (x = L2(x)) === FAIL) return FAIL;
          o.left = x;
        }
        if ("note" in i) {
          x = i.note;
          if (x !== undefined && (x = L5(x)) === FAIL) return FAIL;
          o.note = x;
        }
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L7(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K2.has(k)) return FAIL;
        return o;
      }
      const P2 = clean(["organisation","to","date","how","decisionReference","left","note","$comment","sources","certainty","inferred"]);
      function f2(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P2 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s2(i);
        const o = new C2();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        let required = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "organisation":
              if (at >= 0) return s2(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.organisation = x;
              break;
            case "to":
              if (at >= 1) return s2(i);
              at = 1;
              met++;
              x = i[k];
              if (x !== undefined && (x = L1(x)) === FAIL) return FAIL;
              o.to = x;
              break;
            case "date":
              if (at >= 2) return s2(i);
              at = 2;
              met++;
              x = i[k];
              if ((x = L2(x)) === FAIL) return FAIL;
              required++;
              o.date = x;
              break;
            case "how":
              if (at >= 3) return s2(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
              o.how = x;
              break;
            case "decisionReference":
              if (at >= 4) return s2(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = L4(x)) === FAIL) return FAIL;
              o.decisionReference = x;
              break;
            case "left":
              if (at >= 5) return s2(i);
              at = 5;
              met++;
              x = i[k];
              if (x !== undefined && (x = L2(x)) === FAIL) return FAIL;
              o.left = x;
              break;
            case "note":
              if (at >= 6) return s2(i);
              at = 6;
              met++;
              x = i[k];
              if (x !== undefined && (x = L5(x)) === FAIL) return FAIL;
              o.note = x;
              break;
            case "$comment":
              if (at >= 7) return s2(i);
              at = 7;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 8) return s2(i);
              at = 8;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 9) return s2(i);
              at = 9;
              met++;
              x = i[k];
              if (x !== undefined && (x = L7(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 10) return s2(i);
              at = 10;
              met++;
              x = i[k];
              if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (required !== 2) return s2(i);
        if (met < 11 && Object.getOwnPropertyNames(i).length !== own) return s2(i);
        return o;
      }

      function f3(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = L6(x);
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
      return f0;
    },
  },
  {
    at: ["grants"],
    signature: "?f1 [f2] {!\"id\":L0,\"category\":L0,\"recipient\":L0,\"grantor\":L0,\"amountSek\":L1,\"from\":L2,?\"to\":L2,?\"area\":L0,?\"purpose\":L3,?\"writtenAgreement\":f3,?\"$comment\":string,?\"sources\":f4,?\"certainty\":L6,?\"inferred\":f5} {!\"reference\":L4,\"signed\":L2,?\"$comment\":string,?\"sources\":f4,?\"certainty\":L6,?\"inferred\":f5} [L5] [string]",
    create(leaves, FAIL, shaped, clean, env) {
      const L0 = leaves[0]!;
      const L1 = leaves[1]!;
      const L2 = leaves[2]!;
      const L3 = leaves[3]!;
      const L4 = leaves[4]!;
      const L5 = leaves[5]!;
      const L6 = leaves[6]!;

      function f0(v: unknown): unknown {
        return v === undefined ? undefined : f1(v);
      }

      function f1(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = f2(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      const K2 = new Set(["id","category","recipient","grantor","amountSek","from","to","area","purpose","writtenAgreement","$comment","sources","certainty","inferred"]);
      const C2 = shaped();
      function s2(i: Record<string, unknown>): unknown {
        const o = new C2();
        let x: unknown;
        if (!("id" in i)) return FAIL;
        x = i.id;
        if ((x = L0(x)) === FAIL) return FAIL;
        o.id = x;
        if (!("category" in i)) return FAIL;
        x = i.category;
        if ((x = L0(x)) === FAIL) return FAIL;
        o.category = x;
        if (!("recipient" in i)) return FAIL;
        x = i.recipient;
        if ((x = L0(x)) === FAIL) return FAIL;
        o.recipient = x;
        if (!("grantor" in i)) return FAIL;
        x = i.grantor;
        if ((x = L0(x)) === FAIL) return FAIL;
        o.grantor = x;
        if (!("amountSek" in i)) return FAIL;
        x = i.amountSek;
        if ((x = L1(x)) === FAIL) return FAIL;
        o.amountSek = x;
        if (!("from" in i)) return FAIL;
        x = i.from;
        if ((x = L2(x)) === FAIL) return FAIL;
        o.from = x;
        if ("to" in i) {
          x = i.to;
          if (x !== undefined && (x = L2(x)) === FAIL) return FAIL;
          o.to = x;
        }
        if ("area" in i) {
          x = i.area;
          if (x !== undefined && (x = L0(x)) === FAIL) return FAIL;
          o.area = x;
        }
        if ("purpose" in i) {
          x = i.purpose;
          if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
          o.purpose = x;
        }
        if ("writtenAgreement" in i) {
          x = i.writtenAgreement;
          if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
          o.writtenAgreement = x;
        }
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K2.has(k)) return FAIL;
        return o;
      }
      const P2 = clean(["id","category","recipient","grantor","amountSek","from","to","area","purpose","writtenAgreement","$comment","sources","certainty","inferred"]);
      function f2(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P2 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s2(i);
        const o = new C2();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        let required = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "id":
              if (at >= 0) return s2(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.id = x;
              break;
            case "category":
              if (at >= 1) return s2(i);
              at = 1;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.category = x;
              break;
            case "recipient":
              if (at >= 2) return s2(i);
              at = 2;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.recipient = x;
              break;
            case "grantor":
              if (at >= 3) return s2(i);
              at = 3;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.grantor = x;
              break;
            case "amountSek":
              if (at >= 4) return s2(i);
              at = 4;
              met++;
              x = i[k];
              if ((x = L1(x)) === FAIL) return FAIL;
              required++;
              o.amountSek = x;
              break;
            case "from":
              if (at >= 5) return s2(i);
              at = 5;
              met++;
              x = i[k];
              if ((x = L2(x)) === FAIL) return FAIL;
              required++;
              o.from = x;
              break;
            case "to":
              if (at >= 6) return s2(i);
              at = 6;
              met++;
              x = i[k];
              if (x !== undefined && (x = L2(x)) === FAIL) return FAIL;
              o.to = x;
              break;
            case "area":
              if (at >= 7) return s2(i);
              at = 7;
              met++;
              x = i[k];
              if (x !== undefined && (x = L0(x)) === FAIL) return FAIL;
              o.area = x;
              break;
            case "purpose":
              if (at >= 8) return s2(i);
              at = 8;
              met++;
              x = i[k];
              if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
              o.purpose = x;
              break;
            case "writtenAgreement":
              if (at >= 9) return s2(i);
              at = 9;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.writtenAgreement = x;
              break;
            case "$comment":
              if (at >= 10) return s2(i);
              at = 10;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 11) return s2(i);
              at = 11;
              met++;
              x = i[k];
              if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 12) return s2(i);
              at = 12;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 13) return s2(i);
              at = 13;
              met++;
              x = i[k];
              if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (required !== 6) return s2(i);
        if (met < 14 && Object.getOwnPropertyNames(i).length !== own) return s2(i);
        return o;
      }

      const K3 = new Set(["reference","signed","$comment","sources","certainty","inferred"]);
      const C3 = shaped();
      function s3(i: Record<string, unknown>): unknown {
        const o = new C3();
        let x: unknown;
        if (!("reference" in i)) return FAIL;
        x = i.reference;
        if ((x = L4(x)) === FAIL) return FAIL;
        o.reference = x;
        if (!("signed" in i)) return FAIL;
        x = i.signed;
        if ((x = L2(x)) === FAIL) return FAIL;
        o.signed = x;
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K3.has(k)) return FAIL;
        return o;
      }
      const P3 = clean(["reference","signed","$comment","sources","certainty","inferred"]);
      function f3(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P3 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s3(i);
        const o = new C3();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        let required = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "reference":
              if (at >= 0) return s3(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = L4(x)) === FAIL) return FAIL;
              required++;
              o.reference = x;
              break;
            case "signed":
              if (at >= 1) return s3(i);
              at = 1;
              met++;
              x = i[k];
              if ((x = L2(x)) === FAIL) return FAIL;
              required++;
              o.signed = x;
              break;
            case "$comment":
              if (at >= 2) return s3(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 3) return s3(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = f4(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 4) return s3(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 5) return s3(i);
              at = 5;
              met++;
              x = i[k];
              if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (required !== 2) return s3(i);
        if (met < 6 && Object.getOwnPropertyNames(i).length !== own) return s3(i);
        return o;
      }

      function f4(v: unknown): unknown {
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

      function f5(v: unknown): unknown {
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
      return f0;
    },
  },
  {
    at: ["collaborations"],
    signature: "[f1] {!\"id\":L0,\"name\":L1,?\"description\":L1,\"forms\":f2,?\"areas\":f3,\"partners\":f4,?\"districts\":f5,?\"targetGroups\":f6,?\"ages\":f7,?\"formality\":L7,?\"basis\":L8,?\"since\":L9,?\"until\":L9,?\"url\":L10,?\"$comment\":string,?\"sources\":f8,?\"certainty\":L6,?\"inferred\":f9} [L0] [L0] [L2] [L0] [L0] {!?\"min\":L3,?\"max\":L4,?\"$comment\":string,?\"sources\":f8,?\"certainty\":L6,?\"inferred\":f9} [L5] [string]",
    create(leaves, FAIL, shaped, clean, env) {
      const L0 = leaves[0]!;
      const L1 = leaves[1]!;
      const L2 = leaves[2]!;
      const L3 = leaves[3]!;
      const L4 = leaves[4]!;
      const L5 = leaves[5]!;
      const L6 = leaves[6]!;
      const L7 = leaves[7]!;
      const L8 = leaves[8]!;
      const L9 = leaves[9]!;
      const L10 = leaves[10]!;

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

      const K1 = new Set(["id","name","description","forms","areas","partners","districts","targetGroups","ages","formality","basis","since","until","url","$comment","sources","certainty","inferred"]);
      const C1 = shaped();
      function s1(i: Record<string, unknown>): unknown {
        const o = new C1();
        let x: unknown;
        if (!("id" in i)) return FAIL;
        x = i.id;
        if ((x = L0(x)) === FAIL) return FAIL;
        o.id = x;
        if (!("name" in i)) return FAIL;
        x = i.name;
        if ((x = L1(x)) === FAIL) return FAIL;
        o.name = x;
        if ("description" in i) {
          x = i.description;
          if (x !== undefined && (x = L1(x)) === FAIL) return FAIL;
          o.description = x;
        }
        if (!("forms" in i)) return FAIL;
        x = i.forms;
        if ((x = f2(x)) === FAIL) return FAIL;
        o.forms = x;
        if ("areas" in i) {
          x = i.areas;
          if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
          o.areas = x;
        }
        if (!("partners" in i)) return FAIL;
        x = i.partners;
        if ((x = f4(x)) === FAIL) return FAIL;
        o.partners = x;
        if ("districts" in i) {
          x = i.districts;
          if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
          o.districts = x;
        }
        if ("targetGroups" in i) {
          x = i.targetGroups;
          if (x !== undefined && (x = f6(x)) === FAIL) return FAIL;
          o.targetGroups = x;
        }
        if ("ages" in i) {
          x = i.ages;
          if (x !== undefined && (x = f7(x)) === FAIL) return FAIL;
          o.ages = x;
        }
        if ("formality" in i) {
          x = i.formality;
          if (x !== undefined && (x = L7(x)) === FAIL) return FAIL;
          o.formality = x;
        }
        if ("basis" in i) {
          x = i.basis;
          if (x !== undefined && (x = L8(x)) === FAIL) return FAIL;
          o.basis = x;
        }
        if ("since" in i) {
          x = i.since;
          if (x !== undefined && (x = L9(x)) === FAIL) return FAIL;
          o.since = x;
        }
        if ("until" in i) {
          x = i.until;
          if (x !== undefined && (x = L9(x)) === FAIL) return FAIL;
          o.until = x;
        }
        if ("url" in i) {
          x = i.url;
          if (x !== undefined && (x = L10(x)) === FAIL) return FAIL;
          o.url = x;
        }
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f8(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f9(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K1.has(k)) return FAIL;
        return o;
      }
      const P1 = clean(["id","name","description","forms","areas","partners","districts","targetGroups","ages","formality","basis","since","until","url","$comment","sources","certainty","inferred"]);
      function f1(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P1 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s1(i);
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
              if (at >= 0) return s1(i);
              at = 0;
              met++;
              x = i[k];
              if ((x = L0(x)) === FAIL) return FAIL;
              required++;
              o.id = x;
              break;
            case "name":
              if (at >= 1) return s1(i);
              at = 1;
              met++;
              x = i[k];
              if ((x = L1(x)) === FAIL) return FAIL;
              required++;
              o.name = x;
              break;
            case "description":
              if (at >= 2) return s1(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = L1(x)) === FAIL) return FAIL;
              o.description = x;
              break;
            case "forms":
              if (at >= 3) return s1(i);
              at = 3;
              met++;
              x = i[k];
              if ((x = f2(x)) === FAIL) return FAIL;
              required++;
              o.forms = x;
              break;
            case "areas":
              if (at >= 4) return s1(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = f3(x)) === FAIL) return FAIL;
              o.areas = x;
              break;
            case "partners":
              if (at >= 5) return s1(i);
              at = 5;
              met++;
              x = i[k];
              if ((x = f4(x)) === FAIL) return FAIL;
              required++;
              o.partners = x;
              break;
            case "districts":
              if (at >= 6) return s1(i);
              at = 6;
              met++;
              x = i[k];
              if (x !== undefined && (x = f5(x)) === FAIL) return FAIL;
              o.districts = x;
              break;
            case "targetGroups":
              if (at >= 7) return s1(i);
              at = 7;
              met++;
              x = i[k];
              if (x !== undefined && (x = f6(x)) === FAIL) return FAIL;
              o.targetGroups = x;
              break;
            case "ages":
              if (at >= 8) return s1(i);
              at = 8;
              met++;
              x = i[k];
              if (x !== undefined && (x = f7(x)) === FAIL) return FAIL;
              o.ages = x;
              break;
            case "formality":
              if (at >= 9) return s1(i);
              at = 9;
              met++;
              x = i[k];
              if (x !== undefined && (x = L7(x)) === FAIL) return FAIL;
              o.formality = x;
              break;
            case "basis":
              if (at >= 10) return s1(i);
              at = 10;
              met++;
              x = i[k];
              if (x !== undefined && (x = L8(x)) === FAIL) return FAIL;
              o.basis = x;
              break;
            case "since":
              if (at >= 11) return s1(i);
              at = 11;
              met++;
              x = i[k];
              if (x !== undefined && (x = L9(x)) === FAIL) return FAIL;
              o.since = x;
              break;
            case "until":
              if (at >= 12) return s1(i);
              at = 12;
              met++;
              x = i[k];
              if (x !== undefined && (x = L9(x)) === FAIL) return FAIL;
              o.until = x;
              break;
            case "url":
              if (at >= 13) return s1(i);
              at = 13;
              met++;
              x = i[k];
              if (x !== undefined && (x = L10(x)) === FAIL) return FAIL;
              o.url = x;
              break;
            case "$comment":
              if (at >= 14) return s1(i);
              at = 14;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 15) return s1(i);
              at = 15;
              met++;
              x = i[k];
              if (x !== undefined && (x = f8(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 16) return s1(i);
              at = 16;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 17) return s1(i);
              at = 17;
              met++;
              x = i[k];
              if (x !== undefined && (x = f9(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (required !== 4) return s1(i);
        if (met < 18 && Object.getOwnPropertyNames(i).length !== own) return s1(i);
        return o;
      }

      function f2(v: unknown): unknown {
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

      function f3(v: unknown): unknown {
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

      function f4(v: unknown): unknown {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = new Array(v.length);
        for (let n = 0; n < v.length; n++) {
          const x: unknown = v[n];
          const r = L2(x);
          if (r === FAIL) return FAIL;
          out[n] = r;
        }
        return out;
      }

      function f5(v: unknown): unknown {
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

      const K7 = new Set(["min","max","$comment","sources","certainty","inferred"]);
      const C7 = shaped();
      function s7(i: Record<string, unknown>): unknown {
        const o = new C7();
        let x: unknown;
        if ("min" in i) {
          x = i.min;
          if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
          o.min = x;
        }
        if ("max" in i) {
          x = i.max;
          if (x !== undefined && (x = L4(x)) === FAIL) return FAIL;
          o.max = x;
        }
        if ("$comment" in i) {
          x = i["$comment"];
          if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
          o["$comment"] = x;
        }
        if ("sources" in i) {
          x = i.sources;
          if (x !== undefined && (x = f8(x)) === FAIL) return FAIL;
          o.sources = x;
        }
        if ("certainty" in i) {
          x = i.certainty;
          if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
          o.certainty = x;
        }
        if ("inferred" in i) {
          x = i.inferred;
          if (x !== undefined && (x = f9(x)) === FAIL) return FAIL;
          o.inferred = x;
        }
        for (const k in i) if (!K7.has(k)) return FAIL;
        return o;
      }
      const P7 = clean(["min","max","$comment","sources","certainty","inferred"]);
      function f7(v: unknown): unknown {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const i = v as Record<string, unknown>;
        if (!P7 || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return s7(i);
        const o = new C7();
        let x: unknown;
        let at = -1;
        let own = 0;
        let met = 0;
        for (const k in i) {
          own++;
          switch (k) {
            case "min":
              if (at >= 0) return s7(i);
              at = 0;
              met++;
              x = i[k];
              if (x !== undefined && (x = L3(x)) === FAIL) return FAIL;
              o.min = x;
              break;
            case "max":
              if (at >= 1) return s7(i);
              at = 1;
              met++;
              x = i[k];
              if (x !== undefined && (x = L4(x)) === FAIL) return FAIL;
              o.max = x;
              break;
            case "$comment":
              if (at >= 2) return s7(i);
              at = 2;
              met++;
              x = i[k];
              if (x !== undefined && (x = (typeof x === 'string' ? x : FAIL)) === FAIL) return FAIL;
              o["$comment"] = x;
              break;
            case "sources":
              if (at >= 3) return s7(i);
              at = 3;
              met++;
              x = i[k];
              if (x !== undefined && (x = f8(x)) === FAIL) return FAIL;
              o.sources = x;
              break;
            case "certainty":
              if (at >= 4) return s7(i);
              at = 4;
              met++;
              x = i[k];
              if (x !== undefined && (x = L6(x)) === FAIL) return FAIL;
              o.certainty = x;
              break;
            case "inferred":
              if (at >= 5) return s7(i);
              at = 5;
              met++;
              x = i[k];
              if (x !== undefined && (x = f9(x)) === FAIL) return FAIL;
              o.inferred = x;
              break;
            default:
              return FAIL;
          }
        }
        if (met < 6 && Object.getOwnPropertyNames(i).length !== own) return s7(i);
        return o;
      }

      function f8(v: unknown): unknown {
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

      function f9(v: unknown): unknown {
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
      return f0;
    },
  },
];
