/**
 * Clitic segmentation: splits an Arabic word into proclitics (و ف, ب ل ك, س), its stem, and a
 * pronoun enclitic, following UD Arabic (PADT, PUD). The article ال stays on its word.
 *
 * The rules split by default where Arabic morphology makes a clitic likely, and the lexicons in
 * lexicon.ts stop them where the letter belongs to the stem (وزير, بلد, كتاب, لكن) or where a
 * final ه, هم, نا… is part of the word (اتجاه, مهم, هنا):
 * - و or ف, then optionally ب, ل, ك or س, are proclitics when at least two letters remain and
 *   the word is not listed as beginning with that letter; one remaining letter is enough when it
 *   is a pronoun (له, به). ل before the article drops the article's alef: للحكومة is ل + لحكومة,
 *   whose syntactic text is ل + الحكومة.
 * - س is the future particle only before an imperfect verb prefix (ي ت ن أ) and three letters.
 * - A pronoun suffix is an enclitic when the word has no article, is not listed as ending that
 *   way, and at least two letters remain; ك and كم (second person, rare in news) only after a
 *   particle host (منك, عليكم) or a proclitic (لك, بكم).
 */
import { ARABIC_BLOCK_SIZE, ARABIC_BLOCK_START, BMP_CLASS, BMP_SIZE, Char, Class } from '../chars/index.ts';
import { BOOLEAN, readOptions, requireString } from '../options/validate.ts';
import type { CliticRole, CliticSplitter, Part } from '../tokenize/tokenize.ts';
import { isPersianOrUrduLetter } from './language.ts';
import { FUNCTION_WORDS, IMPERFECT_PREFIXES, NATURAL_ENDINGS, PARTICLE_HOSTS, STEM_INITIAL } from './lexicon.ts';
import { ASSIMILATED, DIALECT, ELIDED, ENCLITICS, PROCLITICS, type EncliticRule, type ProcliticRule } from './rules.ts';

/**
 * A set of exact words and of stem prefixes (entries where `*` marks a prefix). Prefixes are
 * bucketed by their first two letters, so a lookup tries a handful of them instead of all.
 */
class Lexicon {
  private readonly exact = new Set<string>();
  private readonly prefixes = new Map<number, string[]>();
  constructor(entries: readonly string[]) {
    for (const e of entries) {
      if (!e.endsWith('*')) {
        this.exact.add(e);
        continue;
      }
      const prefix = e.slice(0, -1);
      const key = bucketKey(prefix);
      this.prefixes.set(key, [...(this.prefixes.get(key) ?? []), prefix]);
    }
  }
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    const bucket = this.prefixes.get(bucketKey(word));
    if (bucket !== undefined) for (const p of bucket) if (word.startsWith(p)) return true;
    return false;
  }
}

/** The first two letters as one number: no substring to allocate and hash on every lookup. */
const bucketKey = (s: string) =>
  String.prototype.charCodeAt.call(s, 0) * BMP_SIZE + String.prototype.charCodeAt.call(s, 1);

let lexicons: { stemInitial: Lexicon; functionWords: Set<string>; unsplit: Set<string> } | null = null;
const lex = () =>
  (lexicons ??= {
    stemInitial: new Lexicon(STEM_INITIAL),
    functionWords: new Set(FUNCTION_WORDS),
    /** Words no pronoun is split from: the natural endings and the function words, one lookup. */
    unsplit: new Set([...NATURAL_ENDINGS, ...FUNCTION_WORDS]),
  });

const PARTICLES = /* @__PURE__ */ new Set(PARTICLE_HOSTS);
/** The first letters of the C10 words (م, ع). */
const ASSIMILATED_FIRST = /* @__PURE__ */ (() => [...ASSIMILATED.keys()].map((k) => k[0]).join(''))();
/** Every pronoun suffix, split or not: what a preposition may host (له, بها). */
const PRONOUNS = /* @__PURE__ */ (() => new Set(ENCLITICS.map((e) => e.suffix)))();

/** A per-letter table over the Arabic block (no one-letter strings on the hot path). */
function letterTable<T>(entries: Iterable<[string, T]>): Array<T | undefined> {
  const t: Array<T | undefined> = new Array(ARABIC_BLOCK_SIZE).fill(undefined);
  for (const [letter, value] of entries) t[String.prototype.charCodeAt.call(letter, 0) - ARABIC_BLOCK_START] = value;
  return t;
}
const inBlock = (c: number) => c >= ARABIC_BLOCK_START && c < ARABIC_BLOCK_START + ARABIC_BLOCK_SIZE;

/** The proclitic rows for each letter, in row order: checked for every word, so a table, not a Map. */
const PROCLITICS_BY_LETTER = /* @__PURE__ */ (() =>
  letterTable(
    [...new Set(PROCLITICS.map((r) => r.letter))].map(
      (l) => [l, PROCLITICS.filter((r) => r.letter === l)] as [string, ProcliticRule[]],
    ),
  ))();
const IMPERFECT = /* @__PURE__ */ (() =>
  letterTable([...IMPERFECT_PREFIXES].map((l) => [l, true] as [string, boolean])))();
const proclitics = (c: number) => (inBlock(c) ? PROCLITICS_BY_LETTER[c - ARABIC_BLOCK_START] : undefined);
/** Whether the letter `c` is a preposition that may host a pronoun (ب ل ك: C2). */
const hostsPronoun = (c: number) => proclitics(c)?.some((r) => r.hostsPronoun) === true;

/** The enclitic rows to try (all but C8's), longest first, by their last letter (ه, ا, م, ك, ي). */
const ENCLITICS_BY_LAST_LETTER = /* @__PURE__ */ (() => {
  const t = letterTable<EncliticRule[]>([]);
  for (const e of ENCLITICS) {
    if (e.when === 'never') continue;
    (t[String.prototype.charCodeAt.call(e.suffix, e.suffix.length - 1) - ARABIC_BLOCK_START] ??= []).push(e);
  }
  return t;
})();
/** The same for the dialect rules: the C8 rows that C14 lets split (ني) are candidates too. */
const DIALECT_ENCLITICS_BY_LAST_LETTER = /* @__PURE__ */ (() => {
  const t = letterTable<EncliticRule[]>([]);
  for (const e of ENCLITICS) {
    if (e.when === 'never' && !DIALECT.anyHost.includes(e.suffix)) continue;
    (t[String.prototype.charCodeAt.call(e.suffix, e.suffix.length - 1) - ARABIC_BLOCK_START] ??= []).push(e);
  }
  return t;
})();
const dialectEncliticsFor = (c: number) =>
  inBlock(c) ? DIALECT_ENCLITICS_BY_LAST_LETTER[c - ARABIC_BLOCK_START] : undefined;
const DIALECT_WHOLE = /* @__PURE__ */ (() => new Set(DIALECT.whole))();
const ANY_HOST = /* @__PURE__ */ (() => new Set(DIALECT.anyHost))();
const DIALECT_SHORT_HOSTS = /* @__PURE__ */ (() => new Set(DIALECT.shortHosts))();
const SUBJECT_NA = /* @__PURE__ */ (() => new Set(DIALECT.subjectNa))();
const VERB_STEMS = /* @__PURE__ */ (() => new Set(DIALECT.verbStems))();
const NISBA = /* @__PURE__ */ (() => new Set(DIALECT.nisba))();

/** C19: whether `stem` is a verb whose stem ends in ي or ك, after at most a progressive or future prefix and a person prefix (بحكي, أشتري, إترك). */
function isVerbEndingInRadical(stem: string): boolean {
  let at = 0;
  if (DIALECT.verbPrefixes.progressive.includes(stem[at]!)) at++;
  if (DIALECT.verbPrefixes.person.includes(stem[at]!)) at++;
  for (let k = at; k >= 0; k--) if (VERB_STEMS.has(k === 0 ? stem : stem.slice(k))) return true;
  return false;
}

/** C18, C19: whether a dialect suffix is part of the word: the subject نا of a perfect verb, the last radical of a verb, or a nisba ي. */
function dialectKeeps(stem: string, host: string, suffix: string): boolean {
  if (suffix === 'نا') return SUBJECT_NA.has(host);
  if (suffix !== 'ي' && suffix !== 'ك' && suffix !== 'ني') return false;
  if (isVerbEndingInRadical(stem)) return true;
  if (suffix !== 'ي') return false;
  if (NISBA.has(stem)) return true;
  const last = String.prototype.charCodeAt.call(host, host.length - 1);
  return (
    host.length >= DIALECT.nisbaMinHost &&
    last !== Char.TEH &&
    last !== Char.LAM &&
    !(last === Char.NOON && String.prototype.charCodeAt.call(host, host.length - 2) === Char.ALEF)
  );
}
/** Laughter: ه repeated (ههه, هههههه), never a host and its pronoun. */
function isLaughter(s: string): boolean {
  if (s.length < 3) return false;
  for (let k = 0; k < s.length; k++) if (String.prototype.charCodeAt.call(s, k) !== Char.HEH) return false;
  return true;
}

/**
 * Whether `s` ends in `suffix`, given that their last code units are equal (the rows are found by
 * the last letter). Compared code unit by code unit: `endsWith` was an eighth of the splitter's time.
 */
function endsWithSuffix(s: string, suffix: string): boolean {
  if (s.length < suffix.length) return false;
  for (let k = 2; k <= suffix.length; k++)
    if (
      String.prototype.charCodeAt.call(s, s.length - k) !== String.prototype.charCodeAt.call(suffix, suffix.length - k)
    )
      return false;
  return true;
}

/** The enclitic rows that may end a word whose last code unit is `c`. */
const encliticsFor = (c: number) => (inBlock(c) ? ENCLITICS_BY_LAST_LETTER[c - ARABIC_BLOCK_START] : undefined);

/**
 * Splits one word into its clitics. A word with anything but Arabic letters and their marks
 * (Latin, digits) is returned whole.
 *
 * @example
 * ```ts
 * import { splitClitics } from 'arabic-text';
 * splitClitics('وبالحكومة').map((p) => `${p.text}:${p.role}`);
 * // ['و:proclitic', 'ب:proclitic', 'الحكومة:stem']
 * splitClitics('للسلطة');
 * // [{ text: 'ل', start: 0, end: 1, role: 'proclitic' }, { text: 'السلطة', start: 1, end: 6, role: 'stem' }]
 * splitClitics('كتابها').map((p) => p.text); // ['كتاب', 'ها']
 * splitClitics('وزير').length;               // 1
 * ```
 */
export function splitClitics(word: string, offset = 0): Part[] {
  return splitWord(requireString('splitClitics', 'word', word), offset, false);
}

/**
 * Options of `createCliticSplitter`.
 *
 * @example
 * ```ts
 * import { createCliticSplitter, type CliticOptions } from 'arabic-text';
 * const options: CliticOptions = { dialect: true };
 * createCliticSplitter(options)('بيحبك').map((p) => p.text); // ['بيحب', 'ك']
 * ```
 */
export interface CliticOptions {
  /**
   * Also apply the dialect rules (C13–C19): the progressive ب stays on its verb, ك ي ني split
   * after any host, the dative ل + pronoun splits, and dialect words such as ايه كده are whole.
   * @defaultValue `false`
   */
  dialect?: boolean | undefined;
}

/**
 * A clitic splitter with options, to pass to `tokenize` as `{ clitics }` or to call on words.
 * `createCliticSplitter()` behaves as `splitClitics`.
 *
 * @example
 * ```ts
 * import { createCliticSplitter, tokenize } from 'arabic-text';
 * const dialect = createCliticSplitter({ dialect: true });
 * dialect('احكيلهم').map((p) => p.text);                           // ['احكي', 'ل', 'هم']
 * tokenize('بتعرف قلبك', { clitics: dialect })[1].parts!.map((p) => p.text); // ['قلب', 'ك']
 * ```
 */
export function createCliticSplitter(options?: CliticOptions): CliticSplitter {
  const dialect = readOptions('createCliticSplitter', options, { dialect: BOOLEAN })?.dialect === true;
  return (word, offset = 0) => splitWord(requireString('clitic splitter', 'word', word), offset, dialect);
}

type Assimilated = typeof ASSIMILATED extends ReadonlyMap<string, infer V> ? V : never;

/**
 * Where a word splits. Its proclitics are its first `proclitics` letters, one each; the stem is
 * the letters `[proclitics, stemEnd(cut))`, then the dative ل at `dative` (or -1), then the pronoun
 * from `enclitic` to the last letter. Letter indices; `starts` maps them to the surface.
 */
interface Cut {
  /** Where each letter starts on the surface, or null when every code unit is a letter. */
  starts: number[] | null;
  letters: number;
  proclitics: number;
  dative: number;
  enclitic: number;
  /**
   * C3: what the stem's text restores of the article: its alef (ل + الحكومة), or for لله (C23)
   * its alef and lam (ل + الله); '' when there is no article after the proclitic.
   */
  restored: string;
  /** C10: the preposition written once into the word after the proclitics (مما = من + ما), or undefined. */
  assimilated: Assimilated | undefined;
}

/** Splits `w`, giving spans offset by `offset` (the word's start in the input, for `tokenize`). */
function splitWord(w: string, offset: number, dialect: boolean): Part[] {
  const c = cut(w, dialect);
  return c === null ? whole(w, offset) : partsOf(w, offset, c);
}

/**
 * The stem part's text of `splitClitics(w)` (of the MSA rules), without building the parts: what
 * the light stemmer needs of every word.
 */
export function cliticStem(w: string): string {
  const c = cut(w, false);
  if (c === null) return w;
  if (c.assimilated !== undefined)
    return c.assimilated.hostsPronoun ? c.assimilated.first : w.slice(surfaceAt(c.starts, w, c.proclitics + 1));
  const end = stemEnd(c);
  if (c.proclitics >= end) return slice(w, c, c.proclitics - 1, c.proclitics); // no stem left: له
  return stemText(w, c, end);
}

/** Where the stem ends: at the dative ل, or at the pronoun. */
const stemEnd = (c: Cut) => (c.dative >= 0 ? c.dative : c.enclitic);

/** The stem's text, up to letter `end`; C3: the syntactic word restores the article's alef (ل + الحكومة). */
function stemText(w: string, c: Cut, end: number): string {
  const surface = slice(w, c, c.proclitics, end);
  return c.restored === '' ? surface : c.restored + surface;
}

/** The surface of letters `[from, to)`. */
const slice = (w: string, c: Cut, from: number, to: number) =>
  w.slice(surfaceAt(c.starts, w, from), surfaceAt(c.starts, w, to));

/** The parts of a word that splits, with surface spans. */
function partsOf(w: string, offset: number, c: Cut): Part[] {
  const { starts } = c;
  const parts: Part[] = [];
  const push = (from: number, to: number, role: CliticRole, text = slice(w, c, from, to)) => {
    parts.push({ text, start: offset + surfaceAt(starts, w, from), end: offset + surfaceAt(starts, w, to), role });
  };
  for (let k = 0; k < c.proclitics; k++) push(k, k + 1, 'proclitic');
  if (c.assimilated !== undefined) {
    const { first, hostsPronoun } = c.assimilated;
    push(c.proclitics, c.proclitics + 1, hostsPronoun ? 'stem' : 'proclitic', first);
    push(c.proclitics + 1, c.letters, hostsPronoun ? 'enclitic' : 'stem');
    return parts;
  }
  const end = stemEnd(c);
  if (c.proclitics < end) {
    push(c.proclitics, end, 'stem', stemText(w, c, end));
    if (c.dative >= 0) push(c.dative, c.enclitic, 'enclitic');
  } else {
    parts[parts.length - 1]!.role = 'stem'; // no stem left: the preposition is the host (له)
  }
  if (c.enclitic < c.letters) push(c.enclitic, c.letters, 'enclitic');
  return parts;
}

/** Where `w` splits, or null when it stays whole. */
function cut(w: string, dialect: boolean): Cut | null {
  // The letters, and where each one starts on the surface (marks and tatweel follow their letter).
  // Most words have no marks: then the letters are the word itself and need no copy. (One loop
  // for the letters and C21: a second pass for Persian letters was a sixth of this function.)
  let starts: number[] | null = null;
  let bare = w;
  for (let i = 0; i < w.length; i++) {
    const code = String.prototype.charCodeAt.call(w, i);
    const cls = BMP_CLASS[code]!;
    // Letters below alef wasla: every letter of Arabic spelling, and no copy of the word.
    if (cls === Class.ARABIC_LETTER && code < Char.ALEF_WASLA) {
      if (starts !== null) {
        starts.push(i);
        bare += w[i];
      }
      continue;
    }
    // C21: a Persian or Urdu word (برای, لیکن) keeps its letters (all are above alef wasla; a
    // ZWNJ is neither letter nor mark, so the word is whole below).
    if (isPersianOrUrduLetter(code)) return null;
    // C22: ۥ and ۦ are letters by category but the long vowel of the letter before (هُۥ, بِهِۦ).
    const vowelSign = code === Char.SMALL_WAW || code === Char.SMALL_YEH;
    const letter = cls === Class.ARABIC_LETTER && !vowelSign;
    const mark = vowelSign || cls === Class.ARABIC_MARK || cls === Class.TATWEEL || cls === Class.OTHER_MARK;
    if (!letter && (i === 0 || !mark)) return null;
    if (starts === null) {
      starts = [];
      for (let k = 0; k < i; k++) starts.push(k);
      bare = w.slice(0, i);
    }
    if (!letter) continue;
    starts.push(i);
    // C22: alef wasla is an alef: the article ٱل, and the wasl stems of C5 (فَٱتَّقُوا۟).
    bare += code === Char.ALEF_WASLA ? 'ا' : w[i];
  }
  if (bare.length < 2) return null;
  // Most words neither start with a proclitic's letter nor end in a pronoun's: nothing to split.
  const candidates = (dialect ? dialectEncliticsFor : encliticsFor)(
    String.prototype.charCodeAt.call(bare, bare.length - 1),
  );
  // (The length and first-letter tests first: hashing every word for the Map cost a third of
  // this function's time.)
  const assimilated = bare.length === 3 && ASSIMILATED_FIRST.includes(bare[0]!) ? ASSIMILATED.get(bare) : undefined;
  if (
    candidates === undefined &&
    assimilated === undefined &&
    proclitics(String.prototype.charCodeAt.call(bare, 0)) === undefined
  ) {
    return null;
  }
  // C11: a word with the article takes neither a proclitic (its first letter is ا) nor a pronoun.
  if (String.prototype.charCodeAt.call(bare, 0) === Char.ALEF && String.prototype.charCodeAt.call(bare, 1) === Char.LAM)
    return null;
  const letters = bare.length;
  // C10: مما = من + ما: the preposition's ن is written once, as the second م.
  if (assimilated !== undefined)
    return dialect && DIALECT_WHOLE.has(bare) ? null : assimilatedCut(starts, letters, 0, assimilated); // C16: عنا

  // Proclitics: at each slot, the first row for the letter there whose test holds. Plain loops:
  // this runs for every word that starts with a proclitic's letter.
  let p = 0;
  let restored = '';
  for (let slot = 0; slot < 2 && p < bare.length - 1; slot++) {
    // C23: بسم = ب + اسم, لله = ل + الله (also after a conjunction: ولله).
    const elided = slot === 1 && bare.length - p === 3 ? ELIDED.get(p === 0 ? bare : bare.slice(p)) : undefined;
    if (elided !== undefined) {
      restored = elided;
      p++;
      break;
    }
    const rows = proclitics(String.prototype.charCodeAt.call(bare, p));
    if (rows === undefined) continue;
    for (const row of rows) {
      if (row.slot !== slot || !holds(row, bare, p, dialect)) continue;
      if (row.test === 'beforeArticle') restored = 'ا';
      p++;
      break;
    }
  }

  // The enclitic pronoun.
  const { unsplit } = lex();
  const stem = p === 0 ? bare : bare.slice(p);
  // C10 after a conjunction: ومما = و + من + ما, فإنا = ف + إن + نا.
  if (p === 1 && restored === '' && stem.length === 3 && ASSIMILATED_FIRST.includes(stem[0]!)) {
    const after = ASSIMILATED.get(stem);
    if (after !== undefined) return assimilatedCut(starts, letters, 1, after);
  }
  let enclitic = bare.length;
  if (p > 0 && PRONOUNS.has(stem)) {
    enclitic = p; // C2: له, بها: the preposition hosts the pronoun
  } else if (dialect && isLaughter(stem)) {
    // C16: laughter is never a host and its pronoun (هههه).
  } else if (candidates !== undefined && restored === '' && !stem.startsWith('ال')) {
    let listed: boolean | null = null; // looked up once, when a suffix first matches
    for (const { suffix, when } of candidates) {
      if (!endsWithSuffix(stem, suffix)) continue;
      if ((listed ??= unsplit.has(stem))) break;
      const host = stem.slice(0, -suffix.length);
      if (host.length < 2) continue;
      if (dialect && dialectKeeps(stem, host, suffix)) break;
      // C14: in dialect, ك ي ني split after any host.
      const anyHost = dialect && ANY_HOST.has(suffix);
      // C7: ك, كم after a particle, or after a proclitic with a short host (لك, بكم); C25: ي only
      // after a particle, never after a proclitic (سيأتي is س + يأتي, كأبي is ك + أبي).
      if (when === 'afterHost' && !anyHost && !PARTICLES.has(host) && !(p > 0 && host.length <= 3 && suffix !== 'ي'))
        continue;
      if (when === 'never' && !anyHost) continue;
      if (anyHost && suffix === 'ني' && host.endsWith('ا')) continue;
      if (when === 'notBeforeFathatan' && String.prototype.charCodeAt.call(w, w.length - 1) === Char.FATHATAN) continue;
      enclitic = bare.length - suffix.length;
      break;
    }
  }
  // C15: the dative ل before the pronoun (احكي + ل + هم), in dialect, after a long enough host.
  const dative =
    dialect &&
    enclitic < bare.length &&
    enclitic - p > DIALECT.dative.minHost &&
    bare[enclitic - 1] === DIALECT.dative.letter
      ? enclitic - 1
      : -1;
  if (p === 0 && enclitic === bare.length) return null;
  // C16: dialect words that only look like clitics and a host (ايه, كده, كتير). Looked up only
  // for a word that would split: hashing every word cost a tenth of the dialect splitter's time.
  if (dialect && DIALECT_WHOLE.has(bare)) return null;
  return {
    starts,
    letters,
    proclitics: p,
    dative,
    enclitic,
    restored,
    assimilated,
  };
}

/** The cut of a C10 word after `proclitics` proclitic letters. */
const assimilatedCut = (
  starts: number[] | null,
  letters: number,
  proclitics: number,
  assimilated: Assimilated,
): Cut => ({
  starts,
  letters,
  proclitics,
  dative: -1,
  enclitic: letters,
  restored: '',
  assimilated,
});

/** Whether proclitic row `r` applies to the letter at `at` of `bare`. */
function holds(r: ProcliticRule, bare: string, at: number, dialect: boolean): boolean {
  switch (r.test) {
    case 'strippable':
      // C13: in dialect, ب is a preposition only before the article or a pronoun (بالغدا, بك);
      // elsewhere it is the progressive prefix of a verb (بيحب, بتعرف) or part of the stem.
      if (dialect && DIALECT.onlyBeforeArticle.includes(r.letter)) {
        const rest = bare.slice(at + 1);
        if (!rest.startsWith('ال') && !PRONOUNS.has(rest)) return false;
      }
      return strippable(bare, at, r, dialect);
    case 'beforeArticle':
      // C3: لل + at least two more letters, not a listed word (لله is C23's).
      return (
        String.prototype.charCodeAt.call(bare, at + 1) === Char.LAM &&
        bare.length - at >= 4 &&
        !isStemInitial(at === 0 ? bare : bare.slice(at))
      );
    case 'future':
      // C4: س + an imperfect prefix + at least two more letters, not a listed word (سياسة).
      return (
        bare.length - at >= 4 &&
        IMPERFECT[String.prototype.charCodeAt.call(bare, at + 1) - ARABIC_BLOCK_START] === true &&
        !isStemInitial(at === 0 ? bare : bare.slice(at))
      );
  }
}

/** Where letter `k` starts on the surface (`starts` is null when every code unit is a letter). */
function surfaceAt(starts: number[] | null, w: string, k: number): number {
  if (starts === null) return Math.min(k, w.length);
  return k < starts.length ? starts[k]! : w.length;
}

/**
 * C1, C2: whether the letter at `at` (و ف ب ل ك) can be split off: the word is not listed as
 * beginning with it, and what remains is long enough, a function word, or (after ب ل ك) a pronoun.
 */
function strippable(bare: string, at: number, r: ProcliticRule, dialect: boolean): boolean {
  const { functionWords } = lex();
  const word = at === 0 ? bare : bare.slice(at);
  if (functionWords.has(word) || isStemInitial(word)) return false;
  const rest = bare.slice(at + 1);
  const letter = String.prototype.charCodeAt.call(bare, at);
  const next = String.prototype.charCodeAt.call(bare, at + 1);
  if (PRONOUNS.has(rest)) return r.hostsPronoun && rest !== 'ي';
  // C24: a conjunction before a preposition hosting a pronoun (وله = و + ل + ه, فبها).
  if (r.slot === 0 && rest.length === 2 && rest[1] !== 'ي' && PRONOUNS.has(rest[1]!) && hostsPronoun(next)) return true;
  // C17: in dialect, و before a bare alef (the hamza unwritten: وافرح) or a listed short word (ولو).
  const dialectWaw = dialect && r.letter === DIALECT.beforeBareAlef;
  if (dialectWaw && DIALECT_SHORT_HOSTS.has(rest)) return true;
  // C5: a bare alef after a proclitic only where it is a hamzat al-wasl.
  if (next === Char.ALEF && !isWaslStem(rest) && !(dialectWaw && rest.length >= 3)) return false;
  // C12: ك before و or ي is far more often the start of a transliterated name (كولومبيا, كيغالي).
  if (letter === Char.KAF && (next === Char.WAW || next === Char.YEH)) return false;
  return rest.length >= 2 && (rest.length >= 3 || functionWords.has(rest));
}

/**
 * Whether a word is listed as stem-initial, also before a pronoun suffix: فترت+ه is فترة,
 * وزير+ها is وزير. A one-letter suffix counts only with ة written ت, or بذل + ك would hide
 * ب + ذلك.
 */
function isStemInitial(s: string): boolean {
  const { stemInitial } = lex();
  if (stemInitial.has(s)) return true;
  const candidates = encliticsFor(String.prototype.charCodeAt.call(s, s.length - 1));
  if (candidates === undefined) return false;
  for (const { suffix } of candidates) {
    if (s.length <= suffix.length + 2 || !s.endsWith(suffix)) continue;
    const host = s.slice(0, -suffix.length);
    if (host.endsWith('ت') && stemInitial.has(`${host.slice(0, -1)}ة`)) return true;
    if (suffix.length >= 2 && stemInitial.has(host)) return true;
  }
  return false;
}

/** After a proclitic, a stem may start with a bare alef only where it is a hamzat al-wasl: the
 * article (ال), verb forms VII, VIII and X and their nouns (انتخاب, اجتماع, استخدام, اتّفاق),
 * plural imperatives of form I (اعبدوا), and اسم,
 * ابن, اثنان, امرأة. Other alef-initial remainders are mostly transliterated names (كامبل). */
function isWaslStem(rest: string): boolean {
  return (
    rest.startsWith('ال') ||
    rest.startsWith('است') ||
    rest[1] === 'ن' ||
    rest[2] === 'ت' ||
    // form VIII of a root whose first radical is و or ت, assimilated (اتّقوا, اتّخذ, اتّصال)
    (rest[1] === 'ت' && rest[2] !== 'ا') ||
    // C22: a plural imperative of form I (اعبدوا, اذكروا, اعلموا: فاعلموا = ف + اعلموا)
    (rest.length === 6 && rest.endsWith('وا')) ||
    rest.startsWith('اسم') ||
    rest.startsWith('ابن') ||
    rest.startsWith('اثن') ||
    rest.startsWith('امر')
  );
}

const whole = (w: string, offset: number): Part[] => [{ text: w, start: offset, end: offset + w.length, role: 'stem' }];
