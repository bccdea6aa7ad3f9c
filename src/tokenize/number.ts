/**
 * Numbers: runs of decimal digits of any script, with `.` `,` `٫` `٬` `:` kept inside when a
 * digit follows: 3.5, ٣٫٥, ١٬٠٠٠, 2,500,000, 10:30.
 */
import { BMP_CLASS, classAt, isDigitClass } from '../chars/index.ts';

/** Whether `c` may stand between two digits of one number. */
export function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x3a;
}

/** Whether the code point at `i` is a decimal digit. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const cls = BMP_CLASS[c]!;
  return isDigitClass(cls) || (c >= 0xd800 && c <= 0xdbff && isDigitClass(classAt(text, i)));
}

/** Scan state: whether the last number had a separator inside. */
export const numberScan = { separated: false };

/** Scans the number that starts at `i` (a digit); returns its end. */
export function scanNumber(text: string, i: number, n: number): number {
  let j = i;
  numberScan.separated = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isDigitClass(BMP_CLASS[c]!)) {
      j++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && isDigitClass(classAt(text, j))) {
      j += 2;
      continue;
    }
    if (isNumberSeparator(c) && j + 1 < n && isDigitAt(text, j + 1)) {
      numberScan.separated = true;
      j++;
      continue;
    }
    break;
  }
  return j;
}
