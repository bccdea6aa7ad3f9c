/**
 * The normalizer's output: a growable `Uint16Array` (and the offsets, when asked for) that is
 * allocated only once the output first differs from the input. Until then the output is
 * "pending": it equals `text.slice(0, len)` and nothing has been copied, so unchanged input is
 * returned as the very same string.
 */
import { decodeUtf16, fromSurrogates, isHighSurrogate, isLowSurrogate } from '../chars/index.ts';
export class Output {
  buf: Uint16Array | null = null;
  offs: Int32Array | null = null;
  /** Output length in code units; while pending, also the input index reached. */
  len = 0;

  constructor(
    readonly text: string,
    readonly trackOffsets: boolean,
  ) {}

  /** Leaves pending mode, with room for `room` more code units. */
  materialize(room: number): void {
    if (this.buf !== null) {
      this.ensure(room);
      return;
    }
    const { text, len } = this;
    const cap = len + room + 16;
    const buf = new Uint16Array(cap);
    for (let k = 0; k < len; k++) buf[k] = String.prototype.charCodeAt.call(text, k);
    this.buf = buf;
    if (this.trackOffsets) {
      const offs = new Int32Array(cap);
      for (let k = 0; k < len; k++) offs[k] = k;
      this.offs = offs;
    }
  }

  /** Makes room for `room` more code units. */
  ensure(room: number): void {
    const buf = this.buf!;
    if (this.len + room <= buf.length) return;
    const cap = Math.max(buf.length * 2, this.len + room + 16);
    const grown = new Uint16Array(cap);
    grown.set(buf.subarray(0, this.len));
    this.buf = grown;
    if (this.offs !== null) {
      const offs = new Int32Array(cap);
      offs.set(this.offs.subarray(0, this.len));
      this.offs = offs;
    }
  }

  /**
   * Appends code unit `u`, which came from input index `src`; `rest` is the number of input code
   * units left after this one (each writes at most one unit unless it is an expansion, which
   * makes room for itself), so the buffer never needs checking on the hot path.
   */
  push(u: number, src: number, rest: number): void {
    if (this.buf === null) {
      if (src === this.len && u === String.prototype.charCodeAt.call(this.text, src)) {
        this.len++;
        return;
      }
      this.materialize(rest + 1);
    }
    this.buf![this.len] = u;
    if (this.offs !== null) this.offs[this.len] = src;
    this.len++;
  }

  /** Appends a string that came from input index `src`. */
  pushString(s: string, src: number, rest: number): void {
    this.materialize(s.length + rest);
    for (let k = 0; k < s.length; k++) {
      this.buf![this.len] = String.prototype.charCodeAt.call(s, k);
      if (this.offs !== null) this.offs[this.len] = src;
      this.len++;
    }
  }

  /** Records that an input code unit produced nothing. */
  drop(rest: number): void {
    if (this.buf === null) this.materialize(rest);
  }

  /** Takes back the last output code unit (a space that a later decision removes); `rest` as for `push`. */
  removeLast(rest: number): void {
    this.materialize(rest);
    this.len--;
  }

  /** The output code unit at `k`. */
  unitAt(k: number): number {
    return this.buf === null ? String.prototype.charCodeAt.call(this.text, k) : this.buf[k]!;
  }

  /** The last output code point ending before output index `end`, or -1. */
  codePointBefore(end: number): number {
    if (end <= 0) return -1;
    const lo = this.unitAt(end - 1);
    if (isLowSurrogate(lo) && end >= 2) {
      const hi = this.unitAt(end - 2);
      if (isHighSurrogate(hi)) return fromSurrogates(hi, lo);
    }
    return lo;
  }

  /** Replaces output code unit `k` (its source offset stays); `rest` as for `push`. */
  replaceAt(k: number, u: number, rest: number): void {
    this.materialize(rest);
    this.buf![k] = u;
  }

  /**
   * This output, of a pass over `first`'s output, as the output of `first`'s input: its offsets
   * are mapped through `first`'s (see normalize.ts, the Uthmani fold's passes).
   */
  after(first: Output): Output {
    const composed = new Output(first.text, this.trackOffsets);
    composed.materialize(this.len);
    composed.buf!.set(this.buf!.subarray(0, this.len));
    composed.len = this.len;
    if (composed.offs !== null) {
      const mine = this.offsets();
      const theirs = first.offsets();
      for (let k = 0; k < this.len; k++) composed.offs[k] = theirs[mine[k]!]!;
    }
    return composed;
  }

  /** The output string, or the input itself when nothing changed. */
  text_(): string {
    return this.buf === null ? this.text : decodeUtf16(this.buf, this.len);
  }

  /** The offsets: output index → input index, with `input.length` appended. */
  offsets(): Int32Array {
    const n = this.len;
    const offs = new Int32Array(n + 1);
    if (this.offs === null) for (let k = 0; k <= n; k++) offs[k] = k;
    else {
      offs.set(this.offs.subarray(0, n));
      offs[n] = this.text.length;
    }
    return offs;
  }
}
