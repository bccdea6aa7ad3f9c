/**
 * Compiles a resolved option set into a plan: one `Int32Array` entry per UTF-16 code unit that
 * says what the single-pass normalizer does with it. Compiling costs about a millisecond, so
 * plans are cached by option set.
 *
 * Every context-free switch is folded into the table: `action[c]` is the replacement code unit
 * (itself when nothing changes), or one of the negative codes below. The switches compose in a
 * fixed order (presentation forms and ligatures first, then letters, marks, digits, punctuation,
 * Latin, invisibles, spaces), and a replacement is folded again until nothing changes, so
 * ۃ → ة → ه in one step under `search`.
 */
import {
  BMP_CLASS,
  BMP_SIZE,
  bmpCodePointsOf,
  codeUnitsWith,
  forEachAstralRun,
  highSurrogateOf,
  Char,
  Role,
  Class,
} from '../chars/index.ts';
import { DIGIT_ZEROS, SPACING_HARAKAT, presentationForms, wordLigatures, type Decomposition } from './forms.ts';
import { optionsKey, type ResolvedOptions } from './options.ts';

/**
 * What the plan says of a code unit besides "write this code unit": an enum, so that the values
 * are inlined into the loops (and no variable reaches a bundle that does not normalize).
 */
export enum Action {
  /**
   * The code unit is removed: bit 17 set, so that deletions stay on the loop's fast path too (the
   * unit written there is dropped by not advancing the output; see SPACE_RUN).
   */
  DELETE = 1 << 17,
  /** The code unit becomes several (`plan.expansions`). */
  EXPAND = -2,
  /**
   * A space under `whitespace: 'collapse'`: U+0020 with bit 16 set, meaning "write a space unless
   * the output already ends in one". It is non-negative so that spaces stay on the loop's fast
   * path, where the collapse is computed without a branch (the Uint16Array store drops bit 16).
   * Spaces are 15% of news text and a mispredicted branch on each cost a third of the loop's
   * speed: 177 → 261 Mchar/s on 4 MB of news under `search`.
   */
  SPACE_RUN = (1 << 16) | 0x20, // SPACE
  /** What happens depends on the neighbours (see `context.ts`). */
  CONTEXT = -4,
  /** A lead surrogate of an astral code point that has a replacement (`plan.astral`). */
  ASTRAL = -5,
}

export interface Plan {
  readonly options: ResolvedOptions;
  readonly action: Int32Array;
  readonly expansions: ReadonlyMap<number, string>;
  readonly astral: ReadonlyMap<number, string>;
  /** The context-free fold of a code point (what the table says), as a string. */
  readonly fold: (cp: number) => string;
}

/** Alef with madda, hamza above, hamza below: the only ones Lucene folds. */
const BASIC_ALEFS = [Char.ALEF_WITH_MADDA_ABOVE, Char.ALEF_WITH_HAMZA_ABOVE, Char.ALEF_WITH_HAMZA_BELOW];
/** …and alef wasla, wavy hamza above, wavy hamza below, high hamza alef. */
const OTHER_ALEFS = [
  Char.ALEF_WASLA,
  Char.ALEF_WITH_WAVY_HAMZA_ABOVE,
  Char.ALEF_WITH_WAVY_HAMZA_BELOW,
  Char.HIGH_HAMZA_ALEF,
];
/** The single-code-point rules of each context-free switch, in the order they apply. */
function singleRules(o: ResolvedOptions): Map<number, string> {
  const m = new Map<number, string>();
  const set = (cps: Iterable<number>, to: string) => {
    for (const cp of cps) m.set(cp, to);
  };
  const ch = String.fromCharCode;
  // N11
  if (o.persianLetters) {
    m.set(Char.KEHEH, 'ك');
    set([Char.HEH_GOAL, Char.AE, Char.HEH_DOACHASHMEE], 'ه');
    m.set(Char.TEH_MARBUTA_GOAL, 'ة');
  }
  // N4: the seat of a hamza follows a spelling convention that newspapers disagree on (مسؤول and
  // مسئول, شؤون and شئون side by side); the hamza itself does not vary, so it is what is kept.
  if (o.hamza) set([Char.WAW_WITH_HAMZA_ABOVE, Char.YEH_WITH_HAMZA_ABOVE], ch(Char.HAMZA));
  // N1
  if (o.alef) set(o.alef === 'basic' ? BASIC_ALEFS : [...BASIC_ALEFS, ...OTHER_ALEFS], ch(Char.ALEF));
  // N2
  if (o.alefMaksura) m.set(Char.ALEF_MAKSURA, 'ي');
  // N3
  if (o.tehMarbuta) m.set(Char.TEH_MARBUTA, 'ه');
  // N6
  if (o.diacritics === 'harakat') set(codeUnitsWith(Role.HARAKAT), '');
  if (o.diacritics === 'all') {
    set(bmpCodePointsOf(Class.ARABIC_MARK), '');
    set(SPACING_HARAKAT, '');
    forEachAstralRun(Class.ARABIC_MARK, (start, end) => {
      for (let cp = start; cp < end; cp++) m.set(cp, '');
    });
  }
  // N7
  if (o.tatweel) m.set(Char.ARABIC_TATWEEL, '');
  // N8
  if (o.digits !== 'keep') {
    const zero = {
      ascii: Char.DIGIT_ZERO,
      arabic: Char.ARABIC_INDIC_DIGIT_ZERO,
      persian: Char.EXTENDED_ARABIC_INDIC_DIGIT_ZERO,
    }[o.digits];
    for (const z of DIGIT_ZEROS)
      if (z !== zero) for (let d = 0; d < 10; d++) m.set(z + d, String.fromCodePoint(zero + d));
  }
  // N8: ASCII numbers are written with the ASCII percent sign too (٣٫٥٪ → 3.5%).
  if (o.digits === 'ascii') m.set(Char.ARABIC_PERCENT_SIGN, '%');
  // N14
  if (o.punctuation === 'ascii') {
    m.set(Char.ARABIC_COMMA, ',');
    m.set(Char.ARABIC_SEMICOLON, ';');
    m.set(Char.ARABIC_QUESTION_MARK, '?');
    m.set(Char.ARABIC_PERCENT_SIGN, '%');
  }
  // N20
  if (o.loanwordLetters) {
    m.set(Char.VEH, 'ف');
    m.set(Char.PEH, 'ب');
    m.set(Char.TCHEH, 'ج');
    m.set(Char.QAF_WITH_THREE_DOTS_ABOVE, 'ق');
    m.set(Char.GAF, 'ك');
  }
  // N16
  if (o.latin === 'lowercase') {
    for (const cp of bmpCodePointsOf(Class.LATIN_LETTER)) {
      const lower = ch(cp).toLowerCase();
      if (lower !== ch(cp)) m.set(cp, lower);
    }
    for (let k = 0; k < 26; k++) {
      m.set(Char.FULLWIDTH_LATIN_CAPITAL_LETTER_A + k, ch(Char.LATIN_SMALL_LETTER_A + k));
      m.set(Char.FULLWIDTH_LATIN_SMALL_LETTER_A + k, ch(Char.LATIN_SMALL_LETTER_A + k));
    }
  }
  // N12: INVISIBLE characters go (ZWNJ and ZWJ are contextual: see context.ts).
  if (o.invisibles) set(codeUnitsWith(Role.INVISIBLE), '');
  // N21: for search, a ZWNJ between letters goes too (می‌کنم is میکنم).
  if (o.zwnj) m.set(Char.ZERO_WIDTH_NON_JOINER, '');
  return m;
}

/** The code points that are decided by their neighbours under these options. */
function contextualCodePoints(o: ResolvedOptions): number[] {
  const cps: number[] = [];
  // N15, N13
  if (o.whitespace === 'collapse' || o.spacing) cps.push(...bmpCodePointsOf(Class.SPACE));
  if (o.invisibles) cps.push(Char.ZERO_WIDTH_JOINER);
  if (o.invisibles && !o.zwnj) cps.push(Char.ZERO_WIDTH_NON_JOINER);
  // N5
  if (o.composeHamza || o.hamza) cps.push(...codeUnitsWith(Role.COMBINING_HAMZA));
  if (o.persianLetters) cps.push(Char.FARSI_YEH);
  if (o.digits === 'arabic' || o.digits === 'persian')
    for (let d = Char.DIGIT_ZERO; d <= Char.DIGIT_NINE; d++) cps.push(d);
  // N14, and N8: ASCII numbers take ASCII separators (٣٫٥ → 3.5 between digits).
  if (o.punctuation === 'ascii' || o.digits === 'ascii')
    cps.push(Char.ARABIC_DECIMAL_SEPARATOR, Char.ARABIC_THOUSANDS_SEPARATOR);
  if (o.punctuation === 'arabic') cps.push(Char.COMMA, Char.SEMICOLON, Char.QUESTION_MARK);
  return cps;
}

function compile(o: ResolvedOptions): Plan {
  const rules = singleRules(o);
  const contextual = new Set(contextualCodePoints(o));
  const decompositions: Array<Map<number, Decomposition>> = [];
  // N9, N10
  if (o.presentationForms) decompositions.push(presentationForms());
  if (o.ligatures) decompositions.push(wordLigatures());

  const fold = (cp: number): string => {
    for (const d of decompositions) {
      const dec = d.get(cp);
      if (dec !== undefined) return foldDecomposition(dec);
    }
    const to = rules.get(cp);
    return to === undefined ? String.fromCodePoint(cp) : foldString(to);
  };
  const foldString = (s: string): string => {
    let out = '';
    for (const ch of s) out += fold(ch.codePointAt(0)!);
    return out;
  };
  // Inside a decomposition, FARSI YEH's position is known from the form itself.
  const foldDecomposition = (dec: Decomposition): string => {
    let out = '';
    for (const ch of dec.text) {
      const cp = ch.codePointAt(0)!;
      out += cp === Char.FARSI_YEH && o.persianLetters ? fold(dec.final ? Char.ALEF_MAKSURA : Char.YEH) : fold(cp);
    }
    return out;
  };

  const action = new Int32Array(BMP_SIZE);
  for (let c = 0; c < BMP_SIZE; c++) action[c] = c;
  const expansions = new Map<number, string>();
  const astral = new Map<number, string>();
  const touched = new Set<number>(rules.keys());
  for (const d of decompositions) for (const cp of d.keys()) touched.add(cp);
  for (const cp of touched) {
    if (cp >= BMP_SIZE) {
      const to = fold(cp);
      if (to !== String.fromCodePoint(cp)) astral.set(cp, to);
      continue;
    }
    const to = fold(cp);
    if (to.length === 0) action[cp] = Action.DELETE;
    else if (to.length === 1) action[cp] = to.charCodeAt(0);
    else {
      action[cp] = Action.EXPAND;
      expansions.set(cp, to);
    }
  }
  for (const cp of contextual)
    action[cp] = BMP_CLASS[cp] === Class.SPACE && !o.spacing ? Action.SPACE_RUN : Action.CONTEXT;
  // Only the lead surrogates of mapped code points take the astral path: the others (emoji,
  // for one) stay on the fast path as they are. Routing every lead surrogate there made a
  // text of 1M emoji modifiers 3× slower per code unit than news under `clean`.
  for (const cp of astral.keys()) action[highSurrogateOf(cp)] = Action.ASTRAL;
  return { options: o, action, expansions, astral, fold };
}

const cache = /* @__PURE__ */ new Map<string, Plan>();
const CACHE_LIMIT = 16;

/**
 * Plans by option-set identity: the presets are frozen singletons, so `normalize(word, 'search')`
 * finds its plan without building the 16-field key (about 1 µs a call, which made word-by-word
 * use, as search engines do it, many times slower than one call on the whole text).
 */
const byIdentity = /* @__PURE__ */ new WeakMap<ResolvedOptions, Plan>();

/** The plan for an option set, compiled once and cached (the 16 most recent option sets). */
export function planFor(o: ResolvedOptions): Plan {
  let plan = byIdentity.get(o);
  if (plan !== undefined) return plan;
  const key = optionsKey(o);
  plan = cache.get(key);
  if (plan === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    plan = compile(o);
    cache.set(key, plan);
  }
  byIdentity.set(o, plan);
  return plan;
}
