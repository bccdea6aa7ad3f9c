/**
 * Transliteration between Arabic script and Buckwalter, Safe Buckwalter, XML Buckwalter and
 * Habash-Soudi-Buckwalter (rules X1–X4 in docs/transliteration.md). Each scheme is one-to-one on
 * single code units, so both directions are one table lookup per code unit, the output has the
 * input's length, and the offset map is the identity.
 */
import { decodeUtf16 } from '../chars/index.ts';
import { BOOLEAN, checkOption, readOptions, requireString, type OptionRule } from '../options/validate.ts';
import { SCHEME_PAIRS } from './schemes.generated.ts';

/**
 * A transliteration scheme.
 *
 * @example
 * ```ts
 * import { transliterate, type TransliterationScheme } from 'arabic-text';
 * const scheme: TransliterationScheme = 'hsb';
 * transliterate('شمس', scheme); // 'šms'
 * ```
 */
export type TransliterationScheme = keyof typeof SCHEME_PAIRS;

const SCHEME_RULE: OptionRule = {
  kind: 'oneOf',
  values: ['buckwalter', 'safe-buckwalter', 'xml-buckwalter', 'hsb'] satisfies TransliterationScheme[],
};

/** One scheme's tables, indexed by code unit; 0 means "no code: copy the unit unchanged" (X2). */
interface Tables {
  readonly toScheme: Uint16Array;
  readonly toArabic: Uint16Array;
}

const built = new Map<TransliterationScheme, Tables>();

/** The tables of a scheme, built on first use from its pairs (a few dozen entries). */
function tablesOf(scheme: unknown): Tables {
  checkOption('scheme', scheme, SCHEME_RULE);
  const name = scheme as TransliterationScheme;
  let tables = built.get(name);
  if (tables === undefined) {
    const pairs = SCHEME_PAIRS[name];
    let arabicEnd = 0;
    let codeEnd = 0;
    for (let k = 0; k < pairs.length; k += 2) {
      arabicEnd = Math.max(arabicEnd, String.prototype.charCodeAt.call(pairs, k) + 1);
      codeEnd = Math.max(codeEnd, String.prototype.charCodeAt.call(pairs, k + 1) + 1);
    }
    const toScheme = new Uint16Array(arabicEnd);
    const toArabic = new Uint16Array(codeEnd);
    for (let k = 0; k < pairs.length; k += 2) {
      toScheme[String.prototype.charCodeAt.call(pairs, k)] = String.prototype.charCodeAt.call(pairs, k + 1);
      toArabic[String.prototype.charCodeAt.call(pairs, k + 1)] = String.prototype.charCodeAt.call(pairs, k);
    }
    built.set(name, (tables = { toScheme, toArabic }));
  }
  return tables;
}

/**
 * Maps every code unit through `table` (X1), copying those it has no code for (X2), and counts
 * the copied units that `opposite` would convert (X3). There is no escape syntax (X4): callers
 * that must keep Latin text convert only the Arabic tokens. The output is one buffer decoded
 * once (`decodeUtf16`, the normalizer's decoder): built by `String.fromCharCode` over 8K chunks
 * and concatenated, the call took 29–40 ms on 4M code units of UD Arabic-PUD against 21.5–31
 * (three fresh-process pairs), and returned a rope of 512 pieces for the caller to flatten.
 */
function run(text: string, table: Uint16Array, opposite: Uint16Array): { text: string; collisions: number } {
  const n = text.length;
  const out = new Uint16Array(n);
  let collisions = 0;
  for (let i = 0; i < n; i++) {
    const c = String.prototype.charCodeAt.call(text, i);
    const code = c < table.length ? table[c]! : 0;
    if (code !== 0) out[i] = code;
    else {
      out[i] = c;
      if (c < opposite.length && opposite[c] !== 0) collisions++;
    }
  }
  return { text: decodeUtf16(out, n), collisions };
}

/**
 * Writes Arabic text in a transliteration scheme: `'buckwalter'`, `'safe-buckwalter'`,
 * `'xml-buckwalter'` or `'hsb'`. Characters without a code (Latin, spaces, punctuation outside
 * the scheme, unlisted Arabic characters) are copied unchanged.
 *
 * @example
 * ```ts
 * import { transliterate } from 'arabic-text';
 * transliterate('كَتَبَ', 'buckwalter');          // 'kataba'
 * transliterate('أَحْمَد', 'safe-buckwalter');    // 'OaHomad'
 * transliterate('مُؤْتَمَر', 'xml-buckwalter');   // 'muWotamar'
 * transliterate('ثَلَاثَة', 'hsb');               // 'θalaAθaħ'
 * ```
 */
export function transliterate(text: string, scheme: TransliterationScheme): string {
  const input = requireString('transliterate', 'text', text);
  const { toScheme, toArabic } = tablesOf(scheme);
  return run(input, toScheme, toArabic).text;
}

/**
 * Reads transliterated text back into Arabic script: the inverse of `transliterate` for the same
 * scheme. Characters that are not codes of the scheme are copied unchanged.
 *
 * @example
 * ```ts
 * import { untransliterate } from 'arabic-text';
 * untransliterate('kataba', 'buckwalter');        // 'كَتَبَ'
 * untransliterate('>aHomad', 'buckwalter');       // 'أَحْمَد'
 * untransliterate('šams', 'hsb');                 // 'شَمس'
 * ```
 */
export function untransliterate(text: string, scheme: TransliterationScheme): string {
  const input = requireString('untransliterate', 'text', text);
  const { toScheme, toArabic } = tablesOf(scheme);
  return run(input, toArabic, toScheme).text;
}

/**
 * The result of `transliterateWithOffsets`.
 *
 * @example
 * ```ts
 * import { transliterateWithOffsets, type Transliterated } from 'arabic-text';
 * const result: Transliterated = transliterateWithOffsets('كتب iPhone', 'buckwalter');
 * result.collisions; // 5
 * ```
 */
export interface Transliterated {
  /** The transliterated text. */
  text: string;
  /**
   * `offsets[i]` is the input index of output code unit `i`, and `offsets[text.length]` the
   * input's length, as in `normalizeWithOffsets`. Every scheme is one-to-one on code units, so
   * this is the identity; it is here so that code written for normalization works unchanged.
   */
  offsets: Int32Array;
  /**
   * How many characters were copied unchanged although the other direction would convert them
   * (Latin letters and ASCII digits in Arabic text, Arabic letters in Buckwalter text). When it
   * is 0, converting the result back gives the input exactly.
   */
  collisions: number;
}

/**
 * Options of `transliterateWithOffsets`.
 *
 * @example
 * ```ts
 * import { transliterateWithOffsets, type TransliterateOptions } from 'arabic-text';
 * const back: TransliterateOptions = { reverse: true };
 * transliterateWithOffsets('ktb', 'buckwalter', back).text; // 'كتب'
 * ```
 */
export interface TransliterateOptions {
  /** Read the scheme back into Arabic script (`untransliterate`). @defaultValue `false` */
  reverse?: boolean | undefined;
}

/**
 * Transliterates like `transliterate` (or, with `{ reverse: true }`, `untransliterate`) and also
 * returns the offset map and the number of collisions, which says whether the round trip is exact.
 *
 * @example
 * ```ts
 * import { transliterateWithOffsets } from 'arabic-text';
 * const { text, collisions } = transliterateWithOffsets('سلام', 'buckwalter');
 * text;       // 'slAm'
 * collisions; // 0: untransliterate(text) gives 'سلام' back
 * ```
 */
export function transliterateWithOffsets(
  text: string,
  scheme: TransliterationScheme,
  options?: TransliterateOptions,
): Transliterated {
  const input = requireString('transliterateWithOffsets', 'text', text);
  const { toScheme, toArabic } = tablesOf(scheme);
  const reverse = readOptions('transliterateWithOffsets', options, { reverse: BOOLEAN })?.reverse === true;
  const result = reverse ? run(input, toArabic, toScheme) : run(input, toScheme, toArabic);
  const offsets = new Int32Array(input.length + 1);
  for (let i = 0; i <= input.length; i++) offsets[i] = i;
  return { text: result.text, offsets, collisions: result.collisions };
}
