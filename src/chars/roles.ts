/**
 * Character roles (see scripts/data/roles.ts, where each role is written once): decoded when the
 * module loads into `ROLE`, one 32-bit mask per code unit, so that asking whether a character has
 * a role is one typed-array load and an AND, as cheap as the class lookup.
 */
import { BMP_SIZE } from './cursor.ts';
import { ROLE_RUNS } from './roles.generated.ts';
import { forEachRun } from './runs.ts';

export * from './roles.generated.ts';

/** The role bits of every code unit (256 KB; the normalizer's plans are tables of the same size). */
export const ROLE = /* @__PURE__ */ decodeRoles();

function decodeRoles(): Uint32Array {
  const table = new Uint32Array(BMP_SIZE);
  forEachRun(ROLE_RUNS, (start, end, mask) => table.fill(mask, start, end));
  return table;
}

/** Whether code unit (or code point) `c` has `role`, one of the role constants. Astral code points have none. */
export const hasRole = (c: number, role: number): boolean => (ROLE[c]! & role) !== 0; // out of range: undefined & role is 0

const roleLists = /* @__PURE__ */ new Map<number, readonly number[]>();

/** The code units that have `role`, in order; listed on first request (for compiling tables, not for hot loops). */
export function codeUnitsWith(role: number): readonly number[] {
  let list = roleLists.get(role);
  if (list === undefined) {
    const found: number[] = [];
    for (let c = 0; c < BMP_SIZE; c++) if ((ROLE[c]! & role) !== 0) found.push(c);
    roleLists.set(role, (list = found));
  }
  return list;
}
