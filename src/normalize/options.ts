/**
 * Normalization options: the switches, the presets, and the validation that turns what a caller
 * passes into one fully resolved, frozen option set.
 */
import { allowedValues, checkOption, readOptions, type OptionRule, type OptionSchema } from '../options/validate.ts';

/**
 * Which diacritics to remove.
 *
 * @example
 * ```ts
 * import { normalize, type DiacriticsMode } from 'arabic-text';
 * const diacritics: DiacriticsMode = 'harakat';
 * normalize('مَدْرَسَة', { diacritics }); // 'مدرسة'
 * ```
 */
export type DiacriticsMode = 'keep' | 'harakat' | 'all';
/**
 * Which digits to write.
 *
 * @example
 * ```ts
 * import { normalize, type DigitsMode } from 'arabic-text';
 * const digits: DigitsMode = 'ascii';
 * normalize('عام ٢٠٢٤', { digits }); // 'عام 2024'
 * ```
 */
export type DigitsMode = 'keep' | 'ascii' | 'arabic' | 'persian';
/**
 * Which punctuation to write.
 *
 * @example
 * ```ts
 * import { normalize, type PunctuationMode } from 'arabic-text';
 * const punctuation: PunctuationMode = 'ascii';
 * normalize('نعم، لا؟', { punctuation }); // 'نعم, لا?'
 * ```
 */
export type PunctuationMode = 'keep' | 'ascii' | 'arabic';
/**
 * The name of a preset.
 *
 * @example
 * ```ts
 * import { normalize, type PresetName } from 'arabic-text';
 * const preset: PresetName = 'search';
 * normalize('أحمد', preset); // 'احمد'
 * ```
 */
export type PresetName = 'none' | 'clean' | 'search' | 'lucene';

/**
 * The normalization switches. Each one folds or removes a documented set of code points; the
 * full tables are in `docs/normalization.md`. Options given next to a `preset` override it.
 *
 * @example
 * ```ts
 * import { normalize, type NormalizeOptions } from 'arabic-text';
 * const query: NormalizeOptions = { preset: 'search', tehMarbuta: false };
 * normalize('المدرسة', query); // 'المدرسة'
 * ```
 */
export interface NormalizeOptions {
  /** Start from this preset. @defaultValue `'clean'` */
  preset?: PresetName;
  /** آ أ إ ٱ ٲ ٳ ٵ → ا. `'basic'` folds only آ أ إ, as Lucene does. @defaultValue `false` */
  alef?: boolean | 'basic';
  /** ى → ي. @defaultValue `false` */
  alefMaksura?: boolean;
  /** ة → ه. @defaultValue `false` */
  tehMarbuta?: boolean;
  /** ؤ and ئ → ء, so both seats give one key (مسؤول and مسئول → مسءول); combining hamza and madda (U+0653–U+0655) are composed with a letter that takes them (then folded), and removed after any other. @defaultValue `false` */
  hamza?: boolean;
  /** Canonical composition of hamza and madda sequences: ا + U+0654 → أ, و + U+0654 → ؤ … @defaultValue `false` (`true` in `clean`) */
  composeHamza?: boolean;
  /** Remove harakat (U+064B–U+0652, as Lucene does) or all Arabic combining marks. @defaultValue `'keep'` */
  diacritics?: DiacriticsMode;
  /**
   * Remove U+0640 ARABIC TATWEEL: `true` removes every one; `'decorative'` only those that stretch
   * a word, keeping one that seats a hamza (ٱلْـَٔاخِرَةِ), ends a detached prefix (بـ #حلب, الـ NBA)
   * or the Hijri year sign (١٤٣٧هـ), and a run that stands as a dash. @defaultValue `false`
   * (`'decorative'` in `clean`, `true` in `search` and `lucene`)
   */
  tatweel?: boolean | 'decorative';
  /**
   * Rewrite decimal digits of every script. ASCII digits inside a Latin run stay ASCII. Under
   * `'ascii'`, ٫ ٬ between digits become . , and ٪ becomes % (٣٫٥٪ → 3.5%). @defaultValue `'keep'`
   */
  digits?: DigitsMode;
  /** Contextual letter forms and lam-alef ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) → base letters, keeping hamza and madda. @defaultValue `false` (`true` in `clean`) */
  presentationForms?: boolean;
  /** Word ligatures (ﷲ ﷺ ﷻ ﷼ ﷽ …, U+FDF0–U+FDFD) → their letters: ﷼ → ريال, ﷽ → بسم الله الرحمن الرحيم. @defaultValue `false` */
  ligatures?: boolean;
  /** Arabic typed on a Persian keyboard: ک → ك, ہ ە ھ → ه, ۃ → ة, ی → ي (or ى at the end of a word). In a line with an Urdu letter (ے ں ٹ ڈ ڑ ہ) ہ and ھ stay: Urdu کھا ("ate") is not کہا ("said"). @defaultValue `false` */
  persianLetters?: boolean;
  /** Remove bidi controls, ZWSP, BOM, soft hyphen and word joiner; keep ZWNJ only between letters and ZWJ only inside emoji sequences. @defaultValue `false` (`true` in `clean`) */
  invisibles?: boolean;
  /**
   * Remove the spaces before ، ؛ ؟ ! . : , ; ? that follow a letter, digit or closing quote in
   * Arabic text, and before , ; : ? ! . after a Latin letter when a space or the end follows
   * (Times , he → Times, he); close machine translation's spaced quotes (لنأخذها “. →
   * لنأخذها”., ممكن. ” → ممكن.”). @defaultValue `false`
   */
  spacing?: boolean;
  /** `'ascii'`: ، ؛ ؟ ٪ → , ; ? % (٫ ٬ → . , between digits). `'arabic'`: , ; ? next to Arabic letters → ، ؛ ؟. @defaultValue `'keep'` */
  punctuation?: PunctuationMode;
  /** `'collapse'`: every space character becomes U+0020 and runs of them become one; line breaks stay. @defaultValue `'keep'` (`'collapse'` in `clean`) */
  whitespace?: 'keep' | 'collapse';
  /** `'lowercase'`: Latin letters to lower case, fullwidth Latin to ASCII. @defaultValue `'keep'` */
  latin?: 'keep' | 'lowercase';
  /** Collapse letters repeated for emphasis: a run of 3+ of one Arabic letter becomes one (جداااا → جدا), laughter becomes ههه; double letters stay. @defaultValue `false` (`true` in `search`) */
  elongation?: boolean;
  /** Loanword letters to their Arabic bases: ڤ → ف, پ → ب, چ → ج, ڨ → ق, گ → ك. @defaultValue `false` (`true` in `search`) */
  loanwordLetters?: boolean;
  /** Remove ZWNJ (U+200C) between letters too: Persian writes می‌کنم and میکنم for one word. @defaultValue `false` (`true` in `search`) */
  zwnj?: boolean;
  /**
   * Quranic Uthmani spelling → standard spelling: the superscript alef becomes ا (ٱلْكِتَـٰبُ →
   * الكتاب) except in the words that standard spelling also writes without it (هذا ذلك لكن الله
   * الرحمن إله أولئك …), وٰ and a medial ىٰ become ا (الصلوٰة → الصلاة), ءا becomes آ, a hamza on
   * a tatweel takes its standard seat, the small waw and yeh go after the pronoun ه and become
   * و and ي elsewhere, and the Quranic annotation marks go. @defaultValue `false` (`true` in `search`)
   */
  uthmani?: boolean;
}

/**
 * A fully resolved option set: every switch present.
 *
 * @example
 * ```ts
 * import { PRESETS, type ResolvedOptions } from 'arabic-text';
 * const search: ResolvedOptions = PRESETS.search;
 * search.digits; // 'ascii'
 * ```
 */
export type ResolvedOptions = Readonly<Required<Omit<NormalizeOptions, 'preset'>>>;

/**
 * Every switch, declared once: its rule ID in docs/normalization.md (cited where the plan
 * implements it) and its allowed values. "Off" (what the `none` preset holds) is `false`, or the
 * first value of a switch that is not boolean (`'keep'`). The CLI's
 * flags, the generated docs, the `none` preset and validation all read this table.
 */
export const SWITCHES = {
  alef: { rule: 'N1', values: [true, false, 'basic'] },
  alefMaksura: { rule: 'N2', values: [true, false] },
  tehMarbuta: { rule: 'N3', values: [true, false] },
  hamza: { rule: 'N4', values: [true, false] },
  composeHamza: { rule: 'N5', values: [true, false] },
  diacritics: { rule: 'N6', values: ['keep', 'harakat', 'all'] },
  tatweel: { rule: 'N7', values: [true, false, 'decorative'] },
  digits: { rule: 'N8', values: ['keep', 'ascii', 'arabic', 'persian'] },
  presentationForms: { rule: 'N9', values: [true, false] },
  ligatures: { rule: 'N10', values: [true, false] },
  persianLetters: { rule: 'N11', values: [true, false] },
  invisibles: { rule: 'N12', values: [true, false] },
  spacing: { rule: 'N13', values: [true, false] },
  punctuation: { rule: 'N14', values: ['keep', 'ascii', 'arabic'] },
  whitespace: { rule: 'N15', values: ['keep', 'collapse'] },
  latin: { rule: 'N16', values: ['keep', 'lowercase'] },
  elongation: { rule: 'N19', values: [true, false] },
  loanwordLetters: { rule: 'N20', values: [true, false] },
  zwnj: { rule: 'N21', values: [true, false] },
  uthmani: { rule: 'N22', values: [true, false] },
} as const satisfies { readonly [K in keyof ResolvedOptions]: { rule: string; values: readonly ResolvedOptions[K][] } };

/** The switch names, in the order of `SWITCHES`. */
export const SWITCH_NAMES = /* @__PURE__ */ Object.keys(SWITCHES) as (keyof ResolvedOptions)[];

const NONE: ResolvedOptions = /* @__PURE__ */ (() =>
  Object.freeze(
    Object.fromEntries(
      SWITCH_NAMES.map((k) => {
        const values: readonly unknown[] = SWITCHES[k].values;
        return [k, values.includes(false) ? false : values[0]];
      }),
    ) as unknown as ResolvedOptions,
  ))();

const CLEAN: ResolvedOptions = /* @__PURE__ */ (() =>
  Object.freeze({
    ...NONE,
    presentationForms: true,
    tatweel: 'decorative',
    invisibles: true,
    whitespace: 'collapse',
    composeHamza: true,
  }))();

/**
 * The presets, as frozen option sets.
 * - `none`: changes nothing; a base for picking single switches.
 * - `clean` (the default): changes how text is encoded, never what it says.
 * - `search`: aggressive folding for indexing and matching.
 * - `lucene`: exactly Lucene's `ArabicNormalizer` (Elasticsearch, OpenSearch and Solr's
 *   `arabic_normalization` filter).
 *
 * @example
 * ```ts
 * import { PRESETS } from 'arabic-text';
 * PRESETS.search.alefMaksura; // true
 * ```
 */
export const PRESETS: Readonly<Record<PresetName, ResolvedOptions>> = /* @__PURE__ */ (() =>
  Object.freeze({
    none: NONE,
    clean: CLEAN,
    search: Object.freeze({
      ...CLEAN,
      alef: true,
      alefMaksura: true,
      tehMarbuta: true,
      hamza: true,
      persianLetters: true,
      diacritics: 'all',
      tatweel: true,
      digits: 'ascii',
      ligatures: true,
      latin: 'lowercase',
      elongation: true,
      loanwordLetters: true,
      zwnj: true,
      uthmani: true,
    } as const),
    lucene: Object.freeze({
      ...NONE,
      alef: 'basic',
      alefMaksura: true,
      tehMarbuta: true,
      tatweel: true,
      diacritics: 'harakat',
    } as const),
  }))();

const PRESET_RULE: OptionRule = { kind: 'oneOf', values: ['none', 'clean', 'search', 'lucene'] satisfies PresetName[] };

/** The validation schema of `normalize`'s options: `preset`, then every switch. */
const NORMALIZE_SCHEMA: OptionSchema = /* @__PURE__ */ (() =>
  Object.freeze({
    preset: PRESET_RULE,
    ...Object.fromEntries(SWITCH_NAMES.map((k) => [k, { kind: 'oneOf', values: SWITCHES[k].values } as OptionRule])),
  }))();

/**
 * Resolves what a caller passed (nothing, a preset name, or options with an optional preset) to
 * a complete option set. Throws an `OptionError` (a `TypeError`) naming the option and its
 * allowed values.
 */
export function resolveOptions(options: NormalizeOptions | PresetName | undefined): ResolvedOptions {
  if (options === undefined) return CLEAN;
  if (typeof options === 'string') {
    checkOption('preset', options, PRESET_RULE);
    return PRESETS[options];
  }
  const given = readOptions(
    'normalize',
    options,
    NORMALIZE_SCHEMA,
    `a preset name (${allowedValues(PRESET_RULE)}) or `,
  )!;
  const base = given.preset === undefined ? CLEAN : PRESETS[given.preset as PresetName];
  let resolved: Record<string, unknown> | null = null;
  for (const key of SWITCH_NAMES) {
    const value = given[key];
    if (value !== undefined && value !== base[key]) (resolved ??= { ...base })[key] = value;
  }
  return resolved === null ? base : Object.freeze(resolved as unknown as ResolvedOptions);
}

/** A stable key for a resolved option set, for caching compiled plans. */
export const optionsKey = (o: ResolvedOptions): string => SWITCH_NAMES.map((k) => String(o[k])).join('|');
