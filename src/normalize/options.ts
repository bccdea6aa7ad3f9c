/**
 * Normalization options: the switches, the presets, and the validation that turns what a caller
 * passes into one fully resolved, frozen option set.
 */

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
  /** ؤ → و, ئ → ي; combining hamza and madda (U+0653–U+0655) are composed with a letter that takes them (then folded), and removed after any other. @defaultValue `false` */
  hamza?: boolean;
  /** Canonical composition of hamza and madda sequences: ا + U+0654 → أ, و + U+0654 → ؤ … @defaultValue `false` (`true` in `clean`) */
  composeHamza?: boolean;
  /** Remove harakat (U+064B–U+0652, as Lucene does) or all Arabic combining marks. @defaultValue `'keep'` */
  diacritics?: DiacriticsMode;
  /** Remove U+0640 ARABIC TATWEEL. @defaultValue `false` (`true` in `clean`) */
  tatweel?: boolean;
  /** Rewrite decimal digits of every script. ASCII digits inside a Latin run stay ASCII. @defaultValue `'keep'` */
  digits?: DigitsMode;
  /** Contextual letter forms and lam-alef ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) → base letters, keeping hamza and madda. @defaultValue `false` (`true` in `clean`) */
  presentationForms?: boolean;
  /** Word ligatures (ﷲ ﷺ ﷻ …, U+FDF0–U+FDFB) → their letters. @defaultValue `false` */
  ligatures?: boolean;
  /** Arabic typed on a Persian keyboard: ک → ك, ہ ە ھ → ه, ۃ → ة, ی → ي (or ى at the end of a word). @defaultValue `false` */
  persianLetters?: boolean;
  /** Remove bidi controls, ZWSP, BOM, soft hyphen and word joiner; keep ZWNJ only between letters and ZWJ only inside emoji sequences. @defaultValue `false` (`true` in `clean`) */
  invisibles?: boolean;
  /** Remove the spaces before ، ؛ ؟ ! . : , ; ? that follow a letter or digit in Arabic text. @defaultValue `false` */
  spacing?: boolean;
  /** `'ascii'`: ، ؛ ؟ ٪ → , ; ? % (٫ ٬ → . , between digits). `'arabic'`: , ; ? next to Arabic letters → ، ؛ ؟. @defaultValue `'keep'` */
  punctuation?: PunctuationMode;
  /** `'collapse'`: every space character becomes U+0020 and runs of them become one; line breaks stay. @defaultValue `'keep'` (`'collapse'` in `clean`) */
  whitespace?: 'keep' | 'collapse';
  /** `'lowercase'`: Latin letters to lower case, fullwidth Latin to ASCII. @defaultValue `'keep'` */
  latin?: 'keep' | 'lowercase';
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

const NONE: ResolvedOptions = Object.freeze({
  alef: false,
  alefMaksura: false,
  tehMarbuta: false,
  hamza: false,
  composeHamza: false,
  diacritics: 'keep',
  tatweel: false,
  digits: 'keep',
  presentationForms: false,
  ligatures: false,
  persianLetters: false,
  invisibles: false,
  spacing: false,
  punctuation: 'keep',
  whitespace: 'keep',
  latin: 'keep',
});

const CLEAN: ResolvedOptions = Object.freeze({
  ...NONE,
  presentationForms: true,
  tatweel: true,
  invisibles: true,
  whitespace: 'collapse',
  composeHamza: true,
});

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
export const PRESETS: Readonly<Record<PresetName, ResolvedOptions>> = Object.freeze({
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
    digits: 'ascii',
    ligatures: true,
    latin: 'lowercase',
  } as const),
  lucene: Object.freeze({
    ...NONE,
    alef: 'basic',
    alefMaksura: true,
    tehMarbuta: true,
    tatweel: true,
    diacritics: 'harakat',
  } as const),
});

/** The allowed values of every option, in the order the error messages list them. */
export const ALLOWED: { readonly [K in keyof ResolvedOptions]: readonly ResolvedOptions[K][] } = {
  alef: [true, false, 'basic'],
  alefMaksura: [true, false],
  tehMarbuta: [true, false],
  hamza: [true, false],
  composeHamza: [true, false],
  diacritics: ['keep', 'harakat', 'all'],
  tatweel: [true, false],
  digits: ['keep', 'ascii', 'arabic', 'persian'],
  presentationForms: [true, false],
  ligatures: [true, false],
  persianLetters: [true, false],
  invisibles: [true, false],
  spacing: [true, false],
  punctuation: ['keep', 'ascii', 'arabic'],
  whitespace: ['keep', 'collapse'],
  latin: ['keep', 'lowercase'],
};

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : String(v));
const list = (vs: readonly unknown[]) => vs.map(show).join(', ');
const has = (o: object, k: string) => Object.hasOwn(o, k);

function presetByName(name: unknown): ResolvedOptions {
  if (typeof name === 'string' && has(PRESETS, name)) return PRESETS[name as PresetName];
  throw new TypeError(
    `arabic-text: unknown preset ${show(name)}; allowed values of "preset": ${list(Object.keys(PRESETS))}`,
  );
}

/**
 * Resolves what a caller passed (nothing, a preset name, or options with an optional preset) to
 * a complete option set. Throws a `TypeError` naming the option and its allowed values.
 */
export function resolveOptions(options: NormalizeOptions | PresetName | undefined): ResolvedOptions {
  if (options === undefined) return CLEAN;
  if (typeof options === 'string') return presetByName(options);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `arabic-text: normalize options must be an object or a preset name (${list(Object.keys(PRESETS))}), got ${show(options)}`,
    );
  }
  const base = options.preset === undefined ? CLEAN : presetByName(options.preset);
  let resolved: Record<string, unknown> | null = null;
  for (const key of Object.keys(options)) {
    if (key === 'preset') continue;
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (!has(ALLOWED, key)) {
      throw new TypeError(
        `arabic-text: unknown normalize option "${key}"; known options: preset, ${Object.keys(ALLOWED).join(', ')}`,
      );
    }
    const allowed = ALLOWED[key as keyof ResolvedOptions] as readonly unknown[];
    if (!allowed.includes(value)) {
      throw new TypeError(
        `arabic-text: invalid value ${show(value)} for option "${key}"; allowed values: ${list(allowed)}`,
      );
    }
    if (value !== base[key as keyof ResolvedOptions]) (resolved ??= { ...base })[key] = value;
  }
  return resolved === null ? base : Object.freeze(resolved as unknown as ResolvedOptions);
}

/** A stable key for a resolved option set, for caching compiled plans. */
export const optionsKey = (o: ResolvedOptions): string =>
  (Object.keys(ALLOWED) as (keyof ResolvedOptions)[]).map((k) => String(o[k])).join('|');
