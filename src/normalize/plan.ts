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
import {
  ALLAH_LIGATURE,
  LAM_ALEF_FIRST,
  LAM_ALEF_LAST,
  DIGIT_ZEROS,
  SPACING_HARAKAT,
  presentationForms,
  wordLigatures,
  type Decomposition,
} from './forms.ts';
import { optionsKey, type ResolvedOptions } from './options.ts';
import { DECORATIVE_REACH } from './tatweel.ts';

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
  /**
   * How far inside a word the context handlers read from a CONTEXT code unit (0 when none of
   * them reads past its neighbours): under `tatweel: 'decorative'`, a stream does not cut
   * within this distance of one.
   */
  readonly wordReach: number;
  /** Whether a stream may cut inside a word: not under `uthmani`, whose handlers read whole words. */
  readonly inWordCuts: boolean;
  /** Code units decided as another (a presentation form as the letter it writes): see `compile`. */
  readonly contextAs: ReadonlyMap<number, number>;
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
  // N22: the context-free part of the Uthmani fold (the rest is in uthmani.ts). Open tanwin is
  // tanwin, the dotless head is a sukun, alef wasla is an alef, and the annotation marks go.
  if (o.uthmani) {
    m.set(Char.OPEN_FATHATAN, ch(Char.FATHATAN));
    m.set(Char.OPEN_DAMMATAN, ch(Char.DAMMATAN));
    m.set(Char.OPEN_KASRATAN, ch(Char.KASRATAN));
    m.set(Char.SMALL_HIGH_DOTLESS_HEAD_OF_KHAH, ch(Char.SUKUN));
    m.set(Char.ALEF_WASLA, ch(Char.ALEF));
    set(codeUnitsWith(Role.QURANIC_ANNOTATION), '');
  }
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
  // N7 (under 'decorative', the tatweel is contextual: see tatweel.ts)
  if (o.tatweel === true) m.set(Char.ARABIC_TATWEEL, '');
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
  // N7, N22
  if (o.tatweel === 'decorative' || o.uthmani) cps.push(Char.ARABIC_TATWEEL);
  if (o.uthmani)
    cps.push(
      Char.SUPERSCRIPT_ALEF,
      Char.ALEF_WASLA,
      Char.HAMZA,
      Char.SMALL_WAW,
      Char.SMALL_YEH,
      Char.SMALL_HIGH_YEH,
      Char.SMALL_HIGH_NOON,
      Char.HAIR_SPACE,
      ...codeUnitsWith(Role.COMBINING_HAMZA),
    );
  // N22 with N4 and every mark kept: ؤ and ئ, written ء, are decided as ء (see uthmani.ts).
  if (o.uthmani && o.hamza && o.diacritics === 'keep') cps.push(Char.WAW_WITH_HAMZA_ABOVE, Char.YEH_WITH_HAMZA_ABOVE);
  if (o.invisibles && !o.zwnj) cps.push(Char.ZERO_WIDTH_NON_JOINER);
  // N5
  if (o.composeHamza || o.hamza) cps.push(...codeUnitsWith(Role.COMBINING_HAMZA));
  if (o.persianLetters) cps.push(Char.FARSI_YEH, Char.HEH_GOAL, Char.HEH_DOACHASHMEE);
  if (o.digits === 'arabic' || o.digits === 'persian')
    for (let d = Char.DIGIT_ZERO; d <= Char.DIGIT_NINE; d++) cps.push(d);
  // N14, and N8: ASCII numbers take ASCII separators (٣٫٥ → 3.5 between digits).
  if (o.punctuation === 'ascii' || o.digits === 'ascii')
    cps.push(Char.ARABIC_DECIMAL_SEPARATOR, Char.ARABIC_THOUSANDS_SEPARATOR);
  if (o.punctuation === 'arabic') cps.push(Char.COMMA, Char.SEMICOLON, Char.QUESTION_MARK);
  // N13: machine translation's closing “ (context.ts).
  if (o.spacing) cps.push(Char.LEFT_DOUBLE_QUOTATION_MARK);
  // N9: marks after a bare lam-alef or ﷲ go inside it (forms.ts).
  if (o.presentationForms) for (let c = LAM_ALEF_FIRST; c <= LAM_ALEF_LAST; c++) cps.push(c);
  if (o.presentationForms) cps.push(ALLAH_LIGATURE);
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
    for (const ch of s) out += fold(String.prototype.codePointAt.call(ch, 0)!);
    return out;
  };
  // Inside a decomposition, FARSI YEH's position is known from the form itself.
  const foldDecomposition = (dec: Decomposition): string => {
    let out = '';
    for (const ch of dec.text) {
      const cp = String.prototype.codePointAt.call(ch, 0)!;
      // N7: the tatweel that the presentation form of a haraka is drawn on goes under 'decorative' too.
      if (cp === Char.ARABIC_TATWEEL && o.tatweel === 'decorative') continue;
      // N22: a form that carries a superscript alef (ﰛ ﳙ ﱝ …) cannot show the word it stands
      // in, so the mark goes, as in the words of the closed class (ﰛ is the ذٰ of ذٰلك).
      if (cp === Char.SUPERSCRIPT_ALEF && o.uthmani) continue;
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
    else if (to.length === 1) action[cp] = String.prototype.charCodeAt.call(to, 0);
    else {
      action[cp] = Action.EXPAND;
      expansions.set(cp, to);
    }
  }
  // A hair space is contextual under `uthmani` (it may stand inside a word, see uthmani.ts).
  const collapsesAlone = (cp: number) =>
    BMP_CLASS[cp] === Class.SPACE &&
    o.whitespace === 'collapse' &&
    !o.spacing &&
    !(o.uthmani && cp === Char.HAIR_SPACE);
  for (const cp of contextual) action[cp] = collapsesAlone(cp) ? Action.SPACE_RUN : Action.CONTEXT;
  // A presentation form that stands for one contextual code point (ﺀ is ء) is decided as it.
  const contextAs = new Map<number, number>();
  for (const d of decompositions)
    for (const [cp, dec] of d) {
      const to = dec.text.length === 1 ? String.prototype.charCodeAt.call(dec.text, 0) : -1;
      if (cp < BMP_SIZE && contextual.has(to) && !contextual.has(cp)) {
        action[cp] = Action.CONTEXT;
        contextAs.set(cp, to);
      }
    }
  // Only the lead surrogates of mapped code points take the astral path: the others (emoji,
  // for one) stay on the fast path as they are. Routing every lead surrogate there made a
  // text of 1M emoji modifiers 3× slower per code unit than news under `clean`.
  for (const cp of astral.keys()) action[highSurrogateOf(cp)] = Action.ASTRAL;
  const wordReach = o.tatweel === 'decorative' ? DECORATIVE_REACH : 0;
  return { options: o, action, expansions, astral, fold, wordReach, inWordCuts: !o.uthmani, contextAs };
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
