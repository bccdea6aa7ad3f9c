/**
 * A bounded memo of pure functions of one word, for what search engines call once per token:
 * `normalize` by preset name, `stem`, `isStopword`, the analyzer's terms. Real text repeats its
 * words (UD Arabic-PUD: 7,421 distinct among 15,678 words), and a hit costs a hash lookup where
 * the light stemmer costs about 330 ns and `normalize` about 120 ns on a word.
 *
 * One table of words serves every function (`factsOf`): an engine calls `normalize`,
 * `isStopword` and `stem` on the same word one after the other, V8 hashes a string once, and
 * the second and third lookups find what the first found. Measured on the PUD words, each sliced
 * fresh from the text as an engine's tokenizer gives them, the three calls on all 15,678: 8.8 ms
 * computed every time, 2.5 ms with a `Map` for each function, 2.1 ms with one table for all.
 *
 * Bounded: at most `CAPACITY` words are held, and when the table is full it starts again empty,
 * so memory stays at a few MB and a stream of distinct words costs a failed lookup each. Only
 * words of at most `MAX_LENGTH` (12) code units are held, 99.97% of PUD's: V8 keeps a substring
 * of 13 or more units as a view of the string it was cut from, and a held view would keep a
 * whole document alive.
 */
const CAPACITY = 1 << 14;
/** V8 copies a substring this short (from 13 units it makes a view): a held word is its own string. */
const MAX_LENGTH = 12;

/**
 * What is remembered of one word: each function's result in its own slot, undefined until
 * computed. An array rather than an object keyed by name: the keyed lookups of a dictionary
 * object made the three calls 2.5 ms where slots take 2.1.
 */
export type WordFacts = unknown[];

/** The slots of `WordFacts`: `normalize` by each preset name, then `stem` and `isStopword`. */
export enum Fact {
  NONE = 0,
  CLEAN = 1,
  SEARCH = 2,
  LUCENE = 3,
  STEM = 4,
  STOPWORD = 5,
}

const words = new Map<string, WordFacts>();
const fresh = (): WordFacts => [undefined, undefined, undefined, undefined, undefined, undefined];

/**
 * The facts remembered of `word`, to read and fill. A word too long to hold gets facts of its
 * own that are forgotten at once.
 */
export function factsOf(word: string): WordFacts {
  if (word.length > MAX_LENGTH) return fresh(); // before hashing: a document may come this way
  let facts = words.get(word);
  if (facts === undefined) {
    if (words.size >= CAPACITY) words.clear();
    words.set(word, (facts = fresh()));
  }
  return facts;
}

const SPAN_SLOTS = CAPACITY << 1;
const FNV_OFFSET = 0x811c9dc5; // FNV OFFSET BASIS
const FNV_PRIME = 0x01000193; // FNV PRIME

/**
 * `compute(text.slice(start, end))`, remembered and looked up by span: a hit cuts no substring
 * and hashes the code units where they stand (FNV-1a, open addressing). For the analyzer, which
 * has the text and its token spans: in `npm run bench` on the PUD text, `analyze` ran at 0.32×
 * `tokenSpans` with a slice and a `factsOf` lookup per word, 0.37–0.41× with this table.
 * (Holding short words in the table's own rows of code units, one cache line a slot, measured
 * the same: 0.37–0.42×.) Bounded as `factsOf` is.
 */
export class SpanCache<T> {
  private readonly keys_: (string | undefined)[] = new Array(SPAN_SLOTS).fill(undefined);
  private readonly hashes_ = new Int32Array(SPAN_SLOTS);
  private readonly results_: (T | undefined)[] = new Array(SPAN_SLOTS).fill(undefined);
  private size_ = 0;

  constructor(private readonly compute_: (word: string) => T) {}

  /** `compute(text.slice(start, end))`, remembered. */
  get(text: string, start: number, end: number): T {
    const n = end - start;
    if (n > MAX_LENGTH) return this.compute_(text.slice(start, end));
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ String.prototype.charCodeAt.call(text, i), FNV_PRIME);
    h |= 1; // never 0, the mark of an empty slot
    const hashes = this.hashes_;
    let slot = h & (SPAN_SLOTS - 1);
    for (let seen = hashes[slot]!; seen !== 0; seen = hashes[slot]!) {
      if (seen === h && sameUnits(this.keys_[slot]!, text, start, n)) return this.results_[slot]!;
      slot = (slot + 1) & (SPAN_SLOTS - 1);
    }
    const word = text.slice(start, end);
    const result = this.compute_(word);
    if (this.size_ >= CAPACITY) {
      this.keys_.fill(undefined);
      this.results_.fill(undefined);
      hashes.fill(0);
      this.size_ = 0;
      slot = h & (SPAN_SLOTS - 1);
    }
    this.keys_[slot] = word;
    hashes[slot] = h;
    this.results_[slot] = result;
    this.size_++;
    return result;
  }
}

/** Whether `key` is the `n` code units of `text` from `start`. */
function sameUnits(key: string, text: string, start: number, n: number): boolean {
  if (key.length !== n) return false;
  for (let k = 0; k < n; k++)
    if (String.prototype.charCodeAt.call(key, k) !== String.prototype.charCodeAt.call(text, start + k)) return false;
  return true;
}
