/**
 * Decodes the generated class runs once, when the module loads, into:
 * - `BMP_CLASS`, a 64 KB `Uint8Array` indexed by UTF-16 code unit: the hot loops' one lookup per
 *   character. Surrogate code units read as OTHER; callers that care decode the pair first.
 * - three parallel arrays of astral runs, searched by bisection (about 1,300 runs, so at most 11
 *   steps, and astral characters are rare in Arabic text).
 * Decoding fills the table from about 4,000 runs; it never visits the code points one by one.
 */
import { Class } from './classes.ts';
import { forEachRun } from './runs.ts';
import { CLASS_RUNS } from './tables.generated.ts';

export const BMP_CLASS: Uint8Array = /* @__PURE__ */ decodeBmp();

/** The BMP part of the runs, into the 64 KB table. */
function decodeBmp(): Uint8Array {
  const table = new Uint8Array(0x10000);
  forEachRun(CLASS_RUNS, (start, end, cls) => {
    if (start < 0x10000) table.fill(cls, start, Math.min(end, 0x10000));
  });
  return table;
}

/** The astral runs, as three parallel arrays; decoded on the first astral lookup, not at import. */
interface AstralRuns {
  start: number[];
  end: number[];
  cls: number[];
}
let astral: AstralRuns | null = null;
function astralRuns(): AstralRuns {
  if (astral === null) {
    const runs: AstralRuns = { start: [], end: [], cls: [] };
    forEachRun(CLASS_RUNS, (start, end, cls) => {
      if (end <= 0x10000) return;
      runs.start.push(Math.max(start, 0x10000));
      runs.end.push(end);
      runs.cls.push(cls);
    });
    astral = runs;
  }
  return astral;
}

/** The class of an astral code point (U+10000 and above). */
function astralClassOf(cp: number): number {
  const { start, end, cls } = astralRuns();
  let lo = 0;
  let hi = start.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (cp < start[mid]!) hi = mid - 1;
    else if (cp >= end[mid]!) lo = mid + 1;
    else return cls[mid]!;
  }
  return Class.OTHER;
}

const bmpLists = /* @__PURE__ */ new Map<number, readonly number[]>();

/** The BMP code points of class `cls`, listed on first request and then cached. */
export function bmpCodePointsOf(cls: number): readonly number[] {
  let list = bmpLists.get(cls);
  if (list === undefined) {
    const found: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++) if (BMP_CLASS[cp] === cls) found.push(cp);
    bmpLists.set(cls, (list = found));
  }
  return list;
}

/** Calls `visit(start, end)` for every astral run `[start, end)` of class `cls`. */
export function forEachAstralRun(cls: number, visit: (start: number, end: number) => void): void {
  const runs = astralRuns();
  for (let k = 0; k < runs.start.length; k++) if (runs.cls[k] === cls) visit(runs.start[k]!, runs.end[k]!);
}

/**
 * The class of a code point (see `classes.ts`). Lone surrogates are OTHER.
 */
export function classOf(cp: number): number {
  return cp < 0x10000 ? BMP_CLASS[cp]! : astralClassOf(cp);
}

/**
 * The class of the character that starts at UTF-16 index `i` of `text`, decoding a surrogate
 * pair. Pair with `widthAt` (cursor.ts) to step over it.
 */
export function classAt(text: string, i: number): number {
  const c = String.prototype.charCodeAt.call(text, i);
  if (c < 0xd800 || c > 0xdbff) return BMP_CLASS[c]!;
  return classOf(String.prototype.codePointAt.call(text, i)!);
}

/** Whether the class is a letter of any script (tatweel excluded). */
export const isLetterClass = (cls: number): boolean =>
  cls === Class.ARABIC_LETTER || cls === Class.LATIN_LETTER || cls === Class.OTHER_LETTER;
/** Whether the class is a combining mark of any script. */
export const isMarkClass = (cls: number): boolean => cls === Class.ARABIC_MARK || cls === Class.OTHER_MARK;
/** Whether the class is a decimal digit of any script (the four digit classes are consecutive). */
export const isDigitClass = (cls: number): boolean => cls >= Class.ARABIC_INDIC_DIGIT && cls <= Class.OTHER_DIGIT;
/**
 * Whether the class belongs to the Arabic script: letter, mark, tatweel, Arabic-Indic or Persian
 * digit (classes 1 to 5 are exactly these).
 */
export const isArabicClass = (cls: number): boolean =>
  cls >= Class.ARABIC_LETTER && cls <= Class.ARABIC_INDIC_DIGIT + 1;
