/**
 * T6: numbers, runs of decimal digits of any script, with a NUMBER_SEPARATOR (`.` `,` `٫` `٬`
 * `:`) kept inside when a digit follows: 3.5, ٣٫٥, ١٬٠٠٠, 2,500,000, 10:30.
 */
import { BMP_CLASS, classAt, hasRole, isDigitClass, isHighSurrogate, Role } from '../chars/index.ts';

/** Whether the code point at `i` is a decimal digit. */
function isDigitAt(text: string, i: number): boolean {
  const c = String.prototype.charCodeAt.call(text, i);
  return isDigitClass(BMP_CLASS[c]!) || (isHighSurrogate(c) && isDigitClass(classAt(text, i)));
}

/** Scans the number that starts at `i` (a digit); returns its end. */
export function scanNumber(text: string, i: number, n: number): number {
  let j = i;
  while (j < n) {
    const c = String.prototype.charCodeAt.call(text, j);
    if (isDigitClass(BMP_CLASS[c]!)) {
      j++;
      continue;
    }
    if (isHighSurrogate(c) && isDigitClass(classAt(text, j))) {
      j += 2;
      continue;
    }
    if (hasRole(c, Role.NUMBER_SEPARATOR) && j + 1 < n && isDigitAt(text, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Whether the number `[i, end)` has a separator inside (3.5D is a number and a word; 3D is one word). */
export function hasSeparator(text: string, i: number, end: number): boolean {
  for (let k = i; k < end; k++)
    if (hasRole(String.prototype.charCodeAt.call(text, k), Role.NUMBER_SEPARATOR)) return true;
  return false;
}
