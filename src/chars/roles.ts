/**
 * Character roles (see scripts/data/roles.ts, where each role is written once): decoded when the
 * module loads into `ROLE`, one 32-bit mask per code unit, so that asking whether a character has
 * a role is one typed-array load and an AND, as cheap as the class lookup.
 */
import { BMP_SIZE } from './cursor.ts';
import { ROLE_RUNS } from './roles.generated.ts';

export * from './roles.generated.ts';

/** The role bits of every code unit (256 KB; the normalizer's plans are tables of the same size). */
export const ROLE = new Uint32Array(BMP_SIZE);

(function decode() {
  const fields = ROLE_RUNS.split(',');
  let end = 0;
  for (let k = 0; k + 2 < fields.length; k += 3) {
    const start = end + parseInt(fields[k]!, 36);
    end = start + parseInt(fields[k + 1]!, 36);
    ROLE.fill(parseInt(fields[k + 2]!, 36), start, end);
  }
})();

/** Whether code unit (or code point) `c` has `role`, one of the role constants. Astral code points have none. */
export const hasRole = (c: number, role: number): boolean => (ROLE[c]! & role) !== 0; // out of range: undefined & role is 0
