/**
 * The text a stream has received but not yet finished with, and where it sits in the whole
 * stream. Shared by the token and sentence streams, which resume scanning at `cursor` and keep a
 * little text before it as context for the scanners' look-behind.
 */
import { isLowSurrogate } from '../chars/index.ts';

/** A chunker that emits items (tokens, sentences) as they become final. */
export interface ItemChunker<T> {
  /** Takes the next piece of input and emits the items that are now final. */
  push(chunk: string, emit: (item: T) => void): void;
  /** Ends the input and emits the remaining items. */
  end(emit: (item: T) => void): void;
}

/** A scanner that can resume at an item's end: the token scanner and the sentence scanner. */
export interface ResumableScanner {
  seek(i: number): void;
  next(): boolean;
  /** The end of the current item. */
  readonly end: number;
}

export class PendingText {
  /** The unfinished text, from a little before `cursor` on. */
  text = '';
  /** The offset of `text[0]` in the whole stream. */
  base = 0;
  /** Where scanning resumes in `text`: the end of the last item emitted. */
  cursor = 0;

  append(chunk: string): void {
    this.text += chunk;
  }

  /**
   * Runs `scanner` (over `text`) from the cursor, calling `emit` for each item while `isFinal()`
   * holds, then forgets the text before the end of the last item emitted.
   */
  drain(scanner: ResumableScanner, isFinal: () => boolean, emit: () => void): void {
    scanner.seek(this.cursor);
    let resume = this.cursor;
    while (scanner.next() && isFinal()) {
      emit();
      resume = scanner.end;
    }
    this.consumeTo(resume);
  }

  /** Forgets everything before `resume` but two code units of context (never half a pair). */
  consumeTo(resume: number): void {
    let keep = Math.max(0, resume - 2);
    const c = this.text.charCodeAt(keep);
    if (keep > 0 && isLowSurrogate(c)) keep--;
    this.text = this.text.slice(keep);
    this.base += keep;
    this.cursor = resume - keep;
  }

  /** The length of the unfinished part. */
  get unfinished(): number {
    return this.text.length - this.cursor;
  }
}
