/**
 * Masking for model input (M1–M3 in docs/tokenization.md): URLs, emails, mentions, hashtags,
 * numbers, emoji and emoticons become placeholders, found by the tokenizer's kinds, with an
 * offset map back to the original text. The defaults are AraBERT's placeholders for URLs, emails
 * and mentions; hashtags keep their words; numbers, emoji and emoticons stay unless asked for.
 */
import { readOptions, requireString, type OptionRule, type OptionSchema } from '../options/validate.ts';
import type { TokenKindName } from '../tokenize/kinds.ts';
import { tokens } from '../tokenize/tokenize.ts';

/**
 * What `mask` does with each kind: a placeholder string, `false` to keep the token, and for
 * hashtags also `'words'`, which keeps the tag's words without `#` and `_` (`#مصر_اليوم` → `مصر اليوم`).
 *
 * @example
 * ```ts
 * import { mask, type MaskOptions } from 'arabic-text';
 * const options: MaskOptions = { number: '[رقم]', hashtag: '[وسم]' };
 * mask('فاز 3 #مصر', options).text; // 'فاز [رقم] [وسم]'
 * ```
 */
export interface MaskOptions {
  /** @defaultValue `'[رابط]'` */
  url?: string | false | undefined;
  /** @defaultValue `'[بريد]'` */
  email?: string | false | undefined;
  /** @defaultValue `'[مستخدم]'` */
  mention?: string | false | undefined;
  /** @defaultValue `'words'` */
  hashtag?: string | false | 'words' | undefined;
  /** @defaultValue `false` */
  number?: string | false | undefined;
  /** @defaultValue `false` */
  emoji?: string | false | undefined;
  /** @defaultValue `false` */
  emoticon?: string | false | undefined;
}

type Maskable = keyof MaskOptions;

/**
 * One masked token: its kind, its span in the input, and the span of its replacement in the output.
 *
 * @example
 * ```ts
 * import { mask, type MaskedSpan } from 'arabic-text';
 * const [span]: MaskedSpan[] = mask('راجع https://t.co/x').spans;
 * span; // { kind: 'url', start: 5, end: 19, outputStart: 5, outputEnd: 11 }
 * ```
 */
export interface MaskedSpan {
  kind: TokenKindName;
  start: number;
  end: number;
  outputStart: number;
  outputEnd: number;
}

/**
 * The result of `mask`.
 *
 * @example
 * ```ts
 * import { mask, type Masked } from 'arabic-text';
 * const result: Masked = mask('@user شكرا');
 * result.text; // '[مستخدم] شكرا'
 * ```
 */
export interface Masked {
  /** The masked text. */
  text: string;
  /**
   * `offsets[i]` is the input index of output code unit `i` (every unit of a placeholder maps to
   * its token's start), and `offsets[text.length]` the input's length: non-decreasing, as in
   * `normalizeWithOffsets`.
   */
  offsets: Int32Array;
  /** The masked tokens, in order. */
  spans: MaskedSpan[];
}

const DEFAULTS: Readonly<Record<Maskable, string | false>> = {
  url: '[رابط]',
  email: '[بريد]',
  mention: '[مستخدم]',
  hashtag: 'words',
  number: false,
  emoji: false,
  emoticon: false,
};

const PLACEHOLDER: OptionRule = { kind: 'text', also: [false] };
const SCHEMA: OptionSchema = {
  url: PLACEHOLDER,
  email: PLACEHOLDER,
  mention: PLACEHOLDER,
  hashtag: PLACEHOLDER,
  number: PLACEHOLDER,
  emoji: PLACEHOLDER,
  emoticon: PLACEHOLDER,
};

/**
 * Replaces URLs, emails and mentions with placeholders (AraBERT's `[رابط]`, `[بريد]`,
 * `[مستخدم]` by default), keeps the words of hashtags, and on request masks numbers, emoji and
 * emoticons too. Returns the text, an offset map back to the input and the masked spans.
 *
 * @example
 * ```ts
 * import { mask } from 'arabic-text';
 * mask('@user شاهد https://t.co/x #مصر_اليوم 😂').text;
 * // '[مستخدم] شاهد [رابط] مصر اليوم 😂'
 * mask('فاز 3 مرات', { number: '[رقم]' }).text; // 'فاز [رقم] مرات'
 * ```
 */
export function mask(text: string, options?: MaskOptions): Masked {
  const input = requireString('mask', 'text', text);
  const o = { ...DEFAULTS, ...readOptions('mask', options, SCHEMA) } as Record<Maskable, string | false>;
  const parts: string[] = [];
  const offsets: number[] = [];
  const spans: MaskedSpan[] = [];
  let length = 0;
  let last = 0;
  /** M1: text that stays is copied with its own offsets. */
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(input.slice(from, to));
    for (let k = from; k < to; k++) offsets.push(k);
    length += to - from;
  };
  for (const t of tokens(input)) {
    const how = t.kind in o ? o[t.kind as Maskable] : false;
    if (how === false) continue;
    copy(last, t.start);
    const outputStart = length;
    if (how === 'words' && t.kind === 'hashtag') {
      // M3: the tag's words, `_` as a space, each unit mapped to its own source.
      const words = t.text.slice(1).replace(/_/g, ' ');
      parts.push(words);
      for (let k = 1; k < t.text.length; k++) offsets.push(t.start + k);
      length += words.length;
    } else {
      // M2: the placeholder; every unit maps to the token's start.
      parts.push(how);
      for (let k = 0; k < how.length; k++) offsets.push(t.start);
      length += how.length;
    }
    spans.push({ kind: t.kind, start: t.start, end: t.end, outputStart, outputEnd: length });
    last = t.end;
  }
  copy(last, input.length);
  offsets.push(input.length);
  return { text: parts.join(''), offsets: Int32Array.from(offsets), spans };
}
