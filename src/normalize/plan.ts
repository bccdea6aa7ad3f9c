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
import { ARABIC_MARK, BMP_CLASS, LATIN_LETTER, SPACE, bmpCodePointsOf, forEachAstralRun } from '../chars/index.ts';
import {
  DIGIT_ZEROS,
  FARSI_YEH,
  SPACING_HARAKAT,
  presentationForms,
  wordLigatures,
  type Decomposition,
} from './forms.ts';
import { optionsKey, type ResolvedOptions } from './options.ts';

/**
 * The code unit is removed: bit 17 set, so that deletions stay on the loop's fast path too (the
 * unit written there is dropped by not advancing the output; see SPACE_RUN).
 */
export const DELETE = 0x20000;
/** The code unit becomes several (`plan.expansions`). */
export const EXPAND = -2;
/**
 * A space under `whitespace: 'collapse'`: U+0020 with bit 16 set, meaning "write a space unless
 * the output already ends in one". It is non-negative so that spaces stay on the loop's fast
 * path, where the collapse is computed without a branch (the Uint16Array store drops bit 16).
 * Spaces are 15% of news text and a mispredicted branch on each cost a third of the loop's
 * speed: 177 → 261 Mchar/s on 4 MB of news under `search`.
 */
export const SPACE_RUN = 0x10020;
/** What happens depends on the neighbours (see `context.ts`). */
export const CONTEXT = -4;
/** A lead surrogate of an astral code point that has a replacement (`plan.astral`). */
export const ASTRAL = -5;

export interface Plan {
  readonly options: ResolvedOptions;
  readonly action: Int32Array;
  readonly expansions: ReadonlyMap<number, string>;
  readonly astral: ReadonlyMap<number, string>;
  /** The context-free fold of a code point (what the table says), as a string. */
  readonly fold: (cp: number) => string;
}

const ALEF = 0x0627;
/** Alef with madda, hamza above, hamza below: the only ones Lucene folds. */
const BASIC_ALEFS = [0x0622, 0x0623, 0x0625];
/** …and alef wasla, wavy hamza above, wavy hamza below, high hamza alef. */
const OTHER_ALEFS = [0x0671, 0x0672, 0x0673, 0x0675];
/** Bidi controls, ZWSP, BOM, soft hyphen, word joiner. ZWNJ and ZWJ are contextual. */
export const INVISIBLES = [
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0xfeff,
  0x00ad, 0x2060,
];
/** The combining madda above, hamza above and hamza below. */
export const COMBINING_HAMZA = [0x0653, 0x0654, 0x0655];

/** The single-code-point rules of each context-free switch, in the order they apply. */
function singleRules(o: ResolvedOptions): Map<number, string> {
  const m = new Map<number, string>();
  const set = (cps: Iterable<number>, to: string) => {
    for (const cp of cps) m.set(cp, to);
  };
  const ch = String.fromCharCode;
  if (o.persianLetters) {
    m.set(0x06a9, 'ك');
    set([0x06c1, 0x06d5, 0x06be], 'ه');
    m.set(0x06c3, 'ة');
  }
  if (o.hamza) {
    m.set(0x0624, 'و');
    m.set(0x0626, 'ي');
  }
  if (o.alef) set(o.alef === 'basic' ? BASIC_ALEFS : [...BASIC_ALEFS, ...OTHER_ALEFS], ch(ALEF));
  if (o.alefMaksura) m.set(0x0649, 'ي');
  if (o.tehMarbuta) m.set(0x0629, 'ه');
  if (o.diacritics === 'harakat') for (let cp = 0x064b; cp <= 0x0652; cp++) m.set(cp, '');
  if (o.diacritics === 'all') {
    set(bmpCodePointsOf(ARABIC_MARK), '');
    set(SPACING_HARAKAT, '');
    forEachAstralRun(ARABIC_MARK, (start, end) => {
      for (let cp = start; cp < end; cp++) m.set(cp, '');
    });
  }
  if (o.tatweel) m.set(0x0640, '');
  if (o.digits !== 'keep') {
    const zero = { ascii: 0x30, arabic: 0x0660, persian: 0x06f0 }[o.digits];
    for (const z of DIGIT_ZEROS)
      if (z !== zero) for (let d = 0; d < 10; d++) m.set(z + d, String.fromCodePoint(zero + d));
  }
  if (o.punctuation === 'ascii') {
    m.set(0x060c, ',');
    m.set(0x061b, ';');
    m.set(0x061f, '?');
    m.set(0x066a, '%');
  }
  if (o.latin === 'lowercase') {
    for (const cp of bmpCodePointsOf(LATIN_LETTER)) {
      const lower = ch(cp).toLowerCase();
      if (lower !== ch(cp)) m.set(cp, lower);
    }
    for (let k = 0; k < 26; k++) {
      m.set(0xff21 + k, ch(0x61 + k));
      m.set(0xff41 + k, ch(0x61 + k));
    }
  }
  if (o.invisibles) set(INVISIBLES, '');
  return m;
}

/** The code points that are decided by their neighbours under these options. */
function contextualCodePoints(o: ResolvedOptions): number[] {
  const cps: number[] = [];
  if (o.whitespace === 'collapse' || o.spacing) cps.push(...bmpCodePointsOf(SPACE));
  if (o.invisibles) cps.push(0x200c, 0x200d);
  if (o.composeHamza || o.hamza) cps.push(...COMBINING_HAMZA);
  if (o.persianLetters) cps.push(FARSI_YEH);
  if (o.digits === 'arabic' || o.digits === 'persian') for (let d = 0x30; d <= 0x39; d++) cps.push(d);
  if (o.punctuation === 'ascii') cps.push(0x066b, 0x066c);
  if (o.punctuation === 'arabic') cps.push(0x2c, 0x3b, 0x3f);
  return cps;
}

function compile(o: ResolvedOptions): Plan {
  const rules = singleRules(o);
  const contextual = new Set(contextualCodePoints(o));
  const decompositions: Array<Map<number, Decomposition>> = [];
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
      out += cp === FARSI_YEH && o.persianLetters ? fold(dec.final ? 0x0649 : 0x064a) : fold(cp);
    }
    return out;
  };

  const action = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) action[c] = c;
  const expansions = new Map<number, string>();
  const astral = new Map<number, string>();
  const touched = new Set<number>(rules.keys());
  for (const d of decompositions) for (const cp of d.keys()) touched.add(cp);
  for (const cp of touched) {
    if (cp >= 0x10000) {
      const to = fold(cp);
      if (to !== String.fromCodePoint(cp)) astral.set(cp, to);
      continue;
    }
    const to = fold(cp);
    if (to.length === 0) action[cp] = DELETE;
    else if (to.length === 1) action[cp] = to.charCodeAt(0);
    else {
      action[cp] = EXPAND;
      expansions.set(cp, to);
    }
  }
  for (const cp of contextual) action[cp] = BMP_CLASS[cp] === SPACE && !o.spacing ? SPACE_RUN : CONTEXT;
  // Only the lead surrogates of mapped code points take the astral path: the others (emoji,
  // for one) stay on the fast path as they are. Routing every lead surrogate there made a
  // text of 1M emoji modifiers 3× slower per code unit than news under `clean`.
  for (const cp of astral.keys()) action[0xd800 + ((cp - 0x10000) >> 10)] = ASTRAL;
  return { options: o, action, expansions, astral, fold };
}

const cache = new Map<string, Plan>();
const CACHE_LIMIT = 16;

/** The plan for an option set, compiled once and cached (the 16 most recent option sets). */
export function planFor(o: ResolvedOptions): Plan {
  const key = optionsKey(o);
  let plan = cache.get(key);
  if (plan === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    plan = compile(o);
    cache.set(key, plan);
  }
  return plan;
}
