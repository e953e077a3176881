// Roles are ordered: supervisor can do everything an analyst can, admin everything a supervisor can.
//   analyst     submit posts, list, view, add notes, suggest labels, stats
//   supervisor  + assign, decide, export (all decisions or one item)
//   admin       + manage API keys, delete an item on request, read the whole audit log
export const ROLES = ['analyst', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

export function hasRole(actual: Role, needed: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}

/** Who made a request: the API key's id, name and role. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

/** How a principal is written into decisions and the audit log. */
export const actorOf = (p: Pick<Principal, 'name' | 'keyId'>): string => `${p.name}#${p.keyId}`;
