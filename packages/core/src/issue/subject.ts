import type { IssuePath, SubjectKind } from './issue.js';

// Which kind of thing the items of each list in an agreement are, so a message can name them.
const LIST_KINDS: Readonly<Record<string, SubjectKind>> = {
  parties: 'party',
  principles: 'principle',
  plans: 'plan',
  areas: 'area',
  hosts: 'hosting',
  coordinators: 'coordinator',
  members: 'membership',
  departments: 'department',
  organisations: 'organisation',
  grantCategories: 'grant_category',
  grantTotals: 'grant_total',
  collaborationForms: 'collaboration_form',
  collaborations: 'collaboration',
  partners: 'partner',
  targetGroups: 'target_group',
  districts: 'district',
  glossary: 'term',
  sources: 'source',
  grants: 'grant',
  interests: 'interest',
  yearlyReports: 'report',
  joined: 'joining',
  iops: 'iop',
  forums: 'forum',
  actions: 'action',
  commitments: 'commitment',
};

const KEY_KINDS: Readonly<Record<string, SubjectKind>> = {
  municipality: 'municipality',
  status: 'status',
  workingGroup: 'working_group',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (isRecord(v) && typeof v.sv === 'string' && v.sv.trim()) return v.sv.trim();
  return undefined;
}

/** The readable name of a list item: its name, label, term, host or member, else its id. */
function nameOf(item: Record<string, unknown>): string | undefined {
  return (
    textOf(item.name) ??
    textOf(item.label) ??
    textOf(item.term) ??
    textOf(item.title) ??
    textOf(item.host) ??
    textOf(item.member) ??
    textOf(item.ref) ??
    textOf(item.organisation) ??
    (isRecord(item.stated) ? (textOf(item.stated.name) ?? textOf(item.stated.organisation) ?? textOf(item.stated.department)) : undefined) ??
    textOf(item.id)
  );
}

/**
 * Finds the innermost named thing along a path in the input — the organisation, area or plan an issue
 * is about — so the message can say "the organisation "Kvarnby IK"" instead of a bare path.
 * Never throws, whatever the input.
 */
export function findSubject(
  input: unknown,
  path: IssuePath,
  /** What the items are when the input itself is a list (a list of interests, say). */
  rootList?: SubjectKind,
): { kind: SubjectKind; name: string | undefined } | undefined {
  let node: unknown = input;
  let found: { kind: SubjectKind; name: string | undefined } | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const parentKey = i > 0 ? path[i - 1] : undefined;
    if (Array.isArray(node) && typeof seg === 'number') {
      node = node[seg];
      const kind = typeof parentKey === 'string' ? LIST_KINDS[parentKey] : i === 0 ? rootList : undefined;
      if (isRecord(node) && kind) found = { kind, name: nameOf(node) ?? `#${seg + 1}` };
    } else if (isRecord(node) && typeof seg === 'string') {
      node = Object.prototype.hasOwnProperty.call(node, seg) ? node[seg] : undefined;
      const kind = KEY_KINDS[seg];
      if (kind && isRecord(node) && i < path.length - 1) {
        found = { kind, name: kind === 'municipality' ? textOf(node.name) : undefined };
      }
    } else {
      break;
    }
  }
  return found;
}

/** The value at a path, or `undefined` when the path leads nowhere. */
export function valueAt(input: unknown, path: IssuePath): unknown {
  let node: unknown = input;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
    else if (isRecord(node) && typeof seg === 'string')
      node = Object.prototype.hasOwnProperty.call(node, seg) ? node[seg] : undefined;
    else return undefined;
  }
  return node;
}
