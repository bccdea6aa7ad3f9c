/**
 * Latin-script runs inside Arabic text: "The Financial Times", "JD Vance", "U.S.", "iPhone 15".
 *
 * A run starts at a Latin letter and grows word by word. Between two Latin words it takes spaces,
 * digits and inner punctuation (. , - ' ’ & / : _ + and the punctuation of URLs and emails);
 * after its last word it takes a number that directly follows ("iPhone 15", "Windows 10",
 * "?id=15") and the dot of a single-letter abbreviation ("U.S."). It never takes the spaces, brackets, quotes or Arabic punctuation around
 * it, nor a line break. The scan is linear: every character is visited at most twice.
 */
import { LATIN_LETTER, OTHER_MARK, SPACE, classAt, isDigitClass } from '../chars/index.ts';

/** Punctuation that may stand between the words of one Latin run. */
function isInnerPunct(c: number): boolean {
  switch (c) {
    case 0x2e:
    case 0x2c:
    case 0x2d:
    case 0x27:
    case 0x2019:
    case 0x26:
    case 0x2f:
    case 0x3a:
    case 0x5f:
    case 0x2b:
    case 0x2010:
    case 0x2011:
    case 0x2013:
    case 0x2014:
    // …and the punctuation of URLs and emails, so that "https://example.com/a?id=15" is one run.
    case 0x3f:
    case 0x3d:
    case 0x25:
    case 0x23:
    case 0x40:
    case 0x7e:
      return true;
    default:
      return false;
  }
}

/**
 * Digits of any script belong to a run they touch: `digits` rewrites digits inside a run's
 * words from one script to another, and the run must stay the same when it does (found by
 * `npm run fuzz`: "iPhone𝟙0" became "iPhone۱0", whose run then ended before the 0).
 */
const isRunDigit = (cls: number) => isDigitClass(cls);
const width = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** End of the Latin word at `i`: letters, their marks, digits, and apostrophes between letters. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === LATIN_LETTER || cls === OTHER_MARK || isRunDigit(cls)) {
      i += width(text, i);
      continue;
    }
    const c = text.charCodeAt(i);
    if ((c === 0x27 || c === 0x2019) && i + 1 < n && classAt(text, i + 1) === LATIN_LETTER) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** End of a number at `i` (digits, with . , : between two digits), or `i` when there is none. */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let end = i;
  while (end < n && isRunDigit(classAt(text, end))) {
    end += width(text, end);
    const c = text.charCodeAt(end);
    if ((c === 0x2e || c === 0x2c || c === 0x3a) && end + 1 < n && isRunDigit(classAt(text, end + 1))) end++;
  }
  return end;
}

/**
 * Finds the Latin-script runs of `text`, as `[start, end)` pairs of UTF-16 offsets packed in an
 * `Int32Array` (`[start0, end0, start1, end1, …]`), in order.
 *
 * @example
 * ```ts
 * import { latinRunSpans } from 'arabic-text';
 * latinRunSpans('نشرت The Financial Times تقريرا'); // Int32Array [5, 24]
 * ```
 */
export function latinRunSpans(text: string): Int32Array {
  const spans: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classAt(text, i) !== LATIN_LETTER) {
      i += width(text, i);
      continue;
    }
    const start = i;
    let lastWordStart = i;
    let end = wordEnd(text, i);
    for (;;) {
      let k = end;
      let spaced = false;
      let lastDigitEnd = -1;
      while (k < n) {
        const cls = classAt(text, k);
        if (cls === SPACE) spaced = true;
        else if (isRunDigit(cls)) {
          if (!spaced) lastDigitEnd = k + width(text, k);
        } else if (!isInnerPunct(text.charCodeAt(k))) break;
        k += width(text, k);
      }
      if (k < n && k > end && classAt(text, k) === LATIN_LETTER) {
        lastWordStart = k;
        end = wordEnd(text, k);
      } else {
        // Digits joined to the last word without a space ("?id=15") end the run.
        if (lastDigitEnd > end) end = lastDigitEnd;
        break;
      }
    }
    // A number that directly follows the last word: "iPhone 15".
    let k = end;
    while (k < n && classAt(text, k) === SPACE) k++;
    const afterNumber = numberEnd(text, k);
    if (afterNumber > k) end = afterNumber;
    // The closing dot of a single-letter abbreviation: "U.S.".
    else if (end - lastWordStart === 1 && text.charCodeAt(end) === 0x2e) end++;
    spans.push(start, end);
    i = end;
  }
  return Int32Array.from(spans);
}

/**
 * A Latin run: its text and its `[start, end)` UTF-16 offsets in the input.
 *
 * @example
 * ```ts
 * import { latinRuns, type LatinRun } from 'arabic-text';
 * const [run]: LatinRun[] = latinRuns('قال JD Vance');
 * run; // { text: 'JD Vance', start: 4, end: 12 }
 * ```
 */
export interface LatinRun {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds the Latin-script runs inside Arabic text, such as a newspaper's or a person's name.
 *
 * @example
 * ```ts
 * import { latinRuns } from 'arabic-text';
 * latinRuns('قال JD Vance للصحفيين');
 * // [{ text: 'JD Vance', start: 4, end: 12 }]
 * ```
 */
export function latinRuns(text: string): LatinRun[] {
  const spans = latinRunSpans(text);
  const runs: LatinRun[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    runs.push({ text: text.slice(spans[k], spans[k + 1]), start: spans[k]!, end: spans[k + 1]! });
  }
  return runs;
}

/** U+2066 LEFT-TO-RIGHT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Wraps every Latin run in LRI … PDI, so that it displays left to right inside a right-to-left
 * paragraph. The `invisibles` switch (on in `clean`) removes the isolates again.
 *
 * @example
 * ```ts
 * import { isolateLatinRuns } from 'arabic-text';
 * isolateLatinRuns('قال JD Vance'); // 'قال \u2066JD Vance\u2069'
 * ```
 */
export function isolateLatinRuns(text: string): string {
  const spans = latinRunSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += text.slice(last, spans[k]) + LRI + text.slice(spans[k], spans[k + 1]) + PDI;
    last = spans[k + 1]!;
  }
  return out + text.slice(last);
}
