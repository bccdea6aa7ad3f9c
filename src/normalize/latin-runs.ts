/**
 * Latin-script runs inside Arabic text: "The Financial Times", "JD Vance", "U.S.", "iPhone 15".
 *
 * N17: a run starts at a Latin letter and grows word by word. Between two Latin words it takes
 * spaces, digits and LATIN_RUN_INNER punctuation (. , - ' ’ & / : _ + and that of URLs and emails);
 * after its last word it takes a number that directly follows ("iPhone 15", "Windows 10",
 * "?id=15") and the dot of a single-letter abbreviation ("U.S."). It never takes the spaces, brackets, quotes or Arabic punctuation around
 * it, nor a line break. The scan is linear: every character is visited at most twice.
 */
import { classAt, hasRole, isDigitClass, widthAt, Char, Role, Class } from '../chars/index.ts';
import { requireString } from '../options/validate.ts';

/**
 * Digits of any script belong to a run they touch: `digits` rewrites digits inside a run's
 * words from one script to another, and the run must stay the same when it does (found by
 * `npm run fuzz`, kept in test/property/regressions.test.ts: a mathematical digit inside a Latin
 * word became a Persian one, and the run then ended before the next digit).
 */
const isRunDigit = (cls: number) => isDigitClass(cls);

/** End of the Latin word at `i`: letters, their marks, digits, and apostrophes between letters. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === Class.LATIN_LETTER || cls === Class.OTHER_MARK || isRunDigit(cls)) {
      i += widthAt(text, i);
      continue;
    }
    const c = String.prototype.charCodeAt.call(text, i);
    if (hasRole(c, Role.WORD_APOSTROPHE) && i + 1 < n && classAt(text, i + 1) === Class.LATIN_LETTER) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** End of a number at `i` (digits, with a NUMBER_SEPARATOR between two digits), or `i` when there is none. */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let end = i;
  while (end < n && isRunDigit(classAt(text, end))) {
    end += widthAt(text, end);
    const c = String.prototype.charCodeAt.call(text, end);
    if (hasRole(c, Role.NUMBER_SEPARATOR) && end + 1 < n && isRunDigit(classAt(text, end + 1))) end++;
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
  requireString('latinRunSpans', 'text', text);
  const spans: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classAt(text, i) !== Class.LATIN_LETTER) {
      i += widthAt(text, i);
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
        if (cls === Class.SPACE) spaced = true;
        else if (isRunDigit(cls)) {
          if (!spaced) lastDigitEnd = k + widthAt(text, k);
        } else if (!hasRole(String.prototype.charCodeAt.call(text, k), Role.LATIN_RUN_INNER)) break;
        k += widthAt(text, k);
      }
      if (k < n && k > end && classAt(text, k) === Class.LATIN_LETTER) {
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
    while (k < n && classAt(text, k) === Class.SPACE) k++;
    const afterNumber = numberEnd(text, k);
    if (afterNumber > k) end = afterNumber;
    // The closing dot of a single-letter abbreviation: "U.S.".
    else if (end - lastWordStart === 1 && String.prototype.charCodeAt.call(text, end) === Char.FULL_STOP) end++;
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
  requireString('latinRuns', 'text', text);
  const spans = latinRunSpans(text);
  const runs: LatinRun[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    runs.push({ text: text.slice(spans[k], spans[k + 1]), start: spans[k]!, end: spans[k + 1]! });
  }
  return runs;
}

/** U+2066 LEFT-TO-RIGHT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
const LRI = /* @__PURE__ */ String.fromCharCode(Char.LEFT_TO_RIGHT_ISOLATE);
const PDI = /* @__PURE__ */ String.fromCharCode(Char.POP_DIRECTIONAL_ISOLATE);

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
  requireString('isolateLatinRuns', 'text', text);
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
