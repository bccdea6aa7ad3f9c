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
import { ARABIC_LETTER, ARABIC_MARK, BMP_CLASS, OTHER_MARK, TATWEEL } from '../chars/index.ts';
import {
  CONJUNCTIONS,
  FUNCTION_WORDS,
  IMPERFECT_PREFIXES,
  NATURAL_ENDINGS,
  PREPOSITIONS,
  PRONOUN_SUFFIXES,
  STEM_INITIAL,
} from './lexicon.ts';

/**
 * The role of a part of a word.
 *
 * @example
 * ```ts
 * import { splitClitics, type CliticRole } from 'arabic-text';
 * const roles: CliticRole[] = splitClitics('وكتابها').map((p) => p.role);
 * // ['proclitic', 'stem', 'enclitic']
 * ```
 */
export type CliticRole = 'proclitic' | 'stem' | 'enclitic';

/**
 * A part of a word: its syntactic `text`, its surface span `[start, end)` (relative to the word
 * for `splitClitics`, to the input for `tokenize`), and its role. The parts' spans tile the word.
 *
 * @example
 * ```ts
 * import { splitClitics, type Part } from 'arabic-text';
 * const [, stem]: Part[] = splitClitics('للسلطة');
 * stem; // { text: 'السلطة', start: 1, end: 6, role: 'stem' }
 * ```
 */
export interface Part {
  text: string;
  start: number;
  end: number;
  role: CliticRole;
}

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
const bucketKey = (s: string) => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);

let lexicons: { stemInitial: Lexicon; functionWords: Set<string>; natural: Set<string> } | null = null;
const lex = () =>
  (lexicons ??= {
    stemInitial: new Lexicon(STEM_INITIAL),
    functionWords: new Set(FUNCTION_WORDS),
    natural: new Set(NATURAL_ENDINGS),
  });

/** Particles that take pronoun suffixes, as they are written before one (على → علي). */
const PARTICLE_HOSTS = new Set([
  'من',
  'عن',
  'في',
  'علي',
  'إلي',
  'لدي',
  'مع',
  'عند',
  'بين',
  'حول',
  'أن',
  'إن',
  'لأن',
  'لكن',
  'أمام',
  'خلف',
  'فوق',
  'تحت',
  'دون',
  'ضد',
  'نحو',
  'مثل',
  'عبر',
  'قبل',
  'بعد',
  'منذ',
  'حتي',
  'كأن',
  'ليت',
  'لعل',
  'إي',
  'إيا',
  'لدي',
  'عليه',
]);

const PRONOUNS = new Set<string>(PRONOUN_SUFFIXES);
const ALEF = 0x0627;
const LAM = 0x0644;
const KAF = 0x0643;
const WAW = 0x0648;
const YEH = 0x064a;
const SEEN = 0x0633;

/** A set of Arabic letters as a 256-entry table (offset from U+0600): no one-letter strings on the hot path. */
function letterSet(letters: string): Uint8Array {
  const t = new Uint8Array(0x100);
  for (const c of letters) t[c.charCodeAt(0) - 0x0600] = 1;
  return t;
}
const letterIn = (set: Uint8Array, c: number) => c >= 0x0600 && c < 0x0700 && set[c - 0x0600] === 1;
const CONJUNCTION = letterSet(CONJUNCTIONS);
const PREPOSITION = letterSet(PREPOSITIONS);
const IMPERFECT = letterSet(IMPERFECT_PREFIXES);

/** Whether an Arabic letter (by its offset from U+0600) can be a proclitic. A table, not a Set: this is checked for every word. */
const PROCLITIC_LETTER = new Uint8Array(0x100);
for (const c of `${CONJUNCTIONS + PREPOSITIONS}س`) PROCLITIC_LETTER[c.charCodeAt(0) - 0x0600] = 1;
/** Suffixes split only after a particle host or a proclitic: second person, rare in news. */
const AFTER_HOSTS_ONLY = new Set(['ك', 'كم', 'كما', 'ي']);
/** Suffixes left alone: their letters end too many stems (يمكن, ذهن, وطني) to split without a lexicon of verbs. */
const NEVER = new Set(['كن', 'هن', 'ني']);
/** The suffixes to try, longest first, by the word's last letter (ه, ا, م, ك, ي), indexed by its offset from U+0600. */
const SUFFIXES_BY_LAST_LETTER: Array<string[] | undefined> = new Array(0x100).fill(undefined);
for (const suffix of PRONOUN_SUFFIXES) {
  if (NEVER.has(suffix)) continue;
  const last = suffix.charCodeAt(suffix.length - 1) - 0x0600;
  (SUFFIXES_BY_LAST_LETTER[last] ??= []).push(suffix);
}
/** The suffixes that may end a word whose last code unit is `c` (none outside the Arabic block). */
const suffixesFor = (c: number): string[] | undefined =>
  c >= 0x0600 && c < 0x0700 ? SUFFIXES_BY_LAST_LETTER[c - 0x0600] : undefined;

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
export function splitClitics(word: string): Part[] {
  return splitAt(String(word), 0);
}

/**
 * Splits `w`, giving spans offset by `offset` (the word's start in the input, for `tokenize`).
 */
export function splitAt(w: string, offset: number): Part[] {
  // The letters, and where each one starts on the surface (marks and tatweel follow their letter).
  // Most words have no marks: then the letters are the word itself and need no copy.
  let starts: number[] | null = null;
  let bare = w;
  for (let i = 0; i < w.length; i++) {
    const cls = BMP_CLASS[w.charCodeAt(i)]!;
    if (cls === ARABIC_LETTER) {
      if (starts !== null) {
        starts.push(i);
        bare += w[i];
      }
      continue;
    }
    if (i === 0 || !(cls === ARABIC_MARK || cls === TATWEEL || cls === OTHER_MARK)) return whole(w, offset);
    if (starts === null) {
      starts = [];
      for (let k = 0; k < i; k++) starts.push(k);
      bare = w.slice(0, i);
    }
  }
  if (bare.length < 2) return whole(w, offset);
  // Most words neither start with a proclitic's letter nor end in a pronoun's: nothing to split.
  const candidates = suffixesFor(bare.charCodeAt(bare.length - 1));
  const first = bare.charCodeAt(0) - 0x0600;
  if (candidates === undefined && !(first >= 0 && first < 0x100 && PROCLITIC_LETTER[first]) && !ASSIMILATED.has(bare))
    return whole(w, offset);
  // A word with the article takes neither a proclitic (its first letter is ا) nor a pronoun.
  if (bare.charCodeAt(0) === 0x0627 && bare.charCodeAt(1) === 0x0644) return whole(w, offset);
  const { functionWords, natural } = lex();
  const assimilated = bare.length === 3 ? ASSIMILATED.get(bare) : undefined;
  if (assimilated !== undefined) {
    // مما = من + ما: the preposition's ن is written once, as the second م.
    const cut = starts === null ? 1 : starts[1]!;
    return [
      { text: assimilated, start: offset, end: offset + cut, role: 'proclitic' },
      { text: w.slice(cut), start: offset + cut, end: offset + w.length, role: 'stem' },
    ];
  }

  // Proclitics: a conjunction, then a preposition, ل before the article, or the future particle.
  let p = 0;
  let conjunction = false;
  let second = -1;
  let article = false;
  if (letterIn(CONJUNCTION, bare.charCodeAt(0)) && strippable(bare, 0)) {
    conjunction = true;
    p = 1;
  }
  if (p < bare.length - 1) {
    const c = bare.charCodeAt(p);
    if (
      c === LAM &&
      bare.charCodeAt(p + 1) === LAM &&
      bare.length - p >= 4 &&
      !isStemInitial(p === 0 ? bare : bare.slice(p))
    ) {
      article = true;
    }
    if (
      article ||
      (letterIn(PREPOSITION, c) && strippable(bare, p)) ||
      (c === SEEN &&
        bare.length - p >= 4 &&
        letterIn(IMPERFECT, bare.charCodeAt(p + 1)) &&
        !isStemInitial(p === 0 ? bare : bare.slice(p)))
    ) {
      second = p;
      p++;
    }
  }
  const proclitics = (conjunction ? 1 : 0) + (second >= 0 ? 1 : 0);

  // The enclitic pronoun.
  const stem = p === 0 ? bare : bare.slice(p);
  let enclitic = bare.length;
  if (proclitics > 0 && PRONOUNS.has(stem)) {
    enclitic = p; // له, بها: the preposition hosts the pronoun
  } else if (candidates !== undefined && !article && !stem.startsWith('ال')) {
    let listed: boolean | null = null; // looked up once, when a suffix first matches
    for (const suffix of candidates) {
      if (!stem.endsWith(suffix)) continue;
      if ((listed ??= natural.has(stem) || functionWords.has(stem))) break;
      const host = stem.slice(0, -suffix.length);
      if (host.length < 2) continue;
      const particle = PARTICLE_HOSTS.has(host);
      if (AFTER_HOSTS_ONLY.has(suffix) && !particle && !(proclitics > 0 && host.length <= 3)) continue;
      if (suffix === 'ي' && !particle && proclitics === 0) continue;
      // ناً is the accusative ending of a stem in ن (أماناً), not the pronoun نا.
      if (suffix === 'نا' && w.charCodeAt(w.length - 1) === 0x064b) continue;
      enclitic = bare.length - suffix.length;
      break;
    }
  }
  if (proclitics === 0 && enclitic === bare.length) return whole(w, offset);

  // Parts, with surface spans.
  const parts: Part[] = [];
  const push = (
    from: number,
    to: number,
    role: CliticRole,
    text = w.slice(surfaceAt(starts, w, from), surfaceAt(starts, w, to)),
  ) => {
    parts.push({ text, start: offset + surfaceAt(starts, w, from), end: offset + surfaceAt(starts, w, to), role });
  };
  if (conjunction) push(0, 1, 'proclitic');
  if (second >= 0) push(second, second + 1, 'proclitic');
  if (p < enclitic) {
    const surface = w.slice(surfaceAt(starts, w, p), surfaceAt(starts, w, enclitic));
    push(p, enclitic, 'stem', article ? `ا${surface}` : surface);
  } else {
    parts[parts.length - 1]!.role = 'stem'; // no stem left: the preposition is the host (له)
  }
  if (enclitic < bare.length) push(enclitic, bare.length, 'enclitic');
  return parts;
}

/** Where letter `k` starts on the surface (`starts` is null when every code unit is a letter). */
function surfaceAt(starts: number[] | null, w: string, k: number): number {
  if (starts === null) return Math.min(k, w.length);
  return k < starts.length ? starts[k]! : w.length;
}

/**
 * Whether the letter at `at` (و ف ب ل ك) can be split off: the word is not listed as beginning
 * with it, and what remains is long enough, a function word, or (after ب ل ك) a pronoun.
 */
function strippable(bare: string, at: number): boolean {
  const { functionWords } = lex();
  const word = at === 0 ? bare : bare.slice(at);
  if (functionWords.has(word) || isStemInitial(word)) return false;
  const rest = bare.slice(at + 1);
  const letter = bare.charCodeAt(at);
  const next = bare.charCodeAt(at + 1);
  if (PRONOUNS.has(rest)) return letterIn(PREPOSITION, letter) && rest !== 'ي';
  if (next === ALEF && !isWaslStem(rest)) return false;
  // ك before و or ي is far more often the start of a transliterated name (كولومبيا, كيغالي).
  if (letter === KAF && (next === WAW || next === YEH)) return false;
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
  const candidates = suffixesFor(s.charCodeAt(s.length - 1));
  if (candidates === undefined) return false;
  for (const suffix of candidates) {
    if (s.length <= suffix.length + 2 || !s.endsWith(suffix)) continue;
    const host = s.slice(0, -suffix.length);
    if (host.endsWith('ت') && stemInitial.has(`${host.slice(0, -1)}ة`)) return true;
    if (suffix.length >= 2 && stemInitial.has(host)) return true;
  }
  return false;
}

/** After a proclitic, a stem may start with a bare alef only where it is a hamzat al-wasl: the
 * article (ال), verb forms VII, VIII and X and their nouns (انتخاب, اجتماع, استخدام), and اسم,
 * ابن, اثنان, امرأة. Other alef-initial remainders are mostly transliterated names (كامبل). */
function isWaslStem(rest: string): boolean {
  return (
    rest.startsWith('ال') ||
    rest.startsWith('است') ||
    rest[1] === 'ن' ||
    rest[2] === 'ت' ||
    rest.startsWith('اسم') ||
    rest.startsWith('ابن') ||
    rest.startsWith('اثن') ||
    rest.startsWith('امر')
  );
}

/** من and عن written together with ما or من: the first part's syntactic text. */
const ASSIMILATED = new Map([
  ['مما', 'من'],
  ['ممن', 'من'],
  ['عما', 'عن'],
  ['عمن', 'عن'],
]);

const whole = (w: string, offset: number): Part[] => [{ text: w, start: offset, end: offset + w.length, role: 'stem' }];
