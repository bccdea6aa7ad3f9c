import { describe, expect, it } from 'vitest';
import {
  createNormalizeStream,
  createSentenceStream,
  createTokenStream,
  createTokenBatchStream,
  normalize,
  sentences,
  splitClitics,
  tokenize,
} from '../../../src/index.ts';
import { NormalizeChunker } from '../../../src/stream/normalize-chunks.ts';
import { RecordTooLongError } from '../../../src/stream/pending.ts';
import { SentenceChunker } from '../../../src/stream/sentence-chunks.ts';
import { TokenChunker } from '../../../src/stream/token-chunks.ts';
import type { ItemChunker } from '../../../src/stream/pending.ts';

/** The normalize stream's output when the text comes one code unit at a time. */
function oneUnitAtATime(text: string, preset: 'search' | 'clean'): string {
  const chunker = new NormalizeChunker(preset);
  let out = '';
  for (const ch of text) out += chunker.push(ch);
  return out + chunker.end();
}

describe('NormalizeChunker', () => {
  it('carries the script of the last letter across a cut (spacing after digits)', () => {
    const chunker = new NormalizeChunker({ spacing: true });
    const out = chunker.push('سلام\n') + chunker.push('12 ,') + chunker.end();
    expect(out).toBe(normalize('سلام\n12 ,', { spacing: true }));
    expect(out).toBe('سلام\n12,');
  });

  it('emits text before the input ends: only the tail after the last cut is held', () => {
    const chunker = new NormalizeChunker({ preset: 'search', uthmani: false });
    expect(chunker.push('الْمَدْرَسَةُ كبيرة')).toBe('المدرسه كبير');
    expect(chunker.push('\nوجميلة')).toBe('ه\nوجميل');
    expect(chunker.end()).toBe('ه');
  });

  it('N22: under uthmani, cuts between words, after a space, since the fold reads whole words', () => {
    const chunker = new NormalizeChunker('search');
    expect(chunker.push('ذَٰلِكَ ٱلْكِتَـٰبُ')).toBe('ذلك ');
    expect(chunker.push(' ذَٰ')).toBe('الكتاب ');
    expect(chunker.push('لِكَ')).toBe('');
    expect(chunker.end()).toBe('ذلك');
  });

  it('N22: no cut before a presentation form that may write only marks (" ﳲ " under search)', () => {
    for (const text of [' ﳲ ', 'كلمة ﳲ كلمة', 'بِهِ ۦ كلمة'])
      expect(oneUnitAtATime(text, 'search')).toBe(normalize(text, 'search'));
  });

  it("N7: under 'decorative', no cut in the letters a later tatweel reads", () => {
    const chunker = new NormalizeChunker('clean');
    const word = 'بال'.padStart(60, 'م');
    const early = chunker.push(word);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(word.length - 3);
    expect(early + chunker.push('ـ 16') + chunker.end()).toBe(normalize(`${word}ـ 16`));
    expect(normalize(`${word}ـ 16`)).toBe(`${word} 16`);
    expect(normalize('بالـ 16')).toBe('بالـ 16');
  });

  it('cuts fully diacritized text too: before a letter that follows a letter and its harakat', () => {
    const chunker = new NormalizeChunker({ preset: 'search', uthmani: false });
    const verse = 'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ '.repeat(1000);
    let emitted = 0;
    // (one letter at a time: the letters of a word arrive before the next)
    let out = '';
    for (const ch of verse) {
      const piece = chunker.push(ch);
      out += piece;
      emitted += piece.length;
    }
    expect(emitted).toBeGreaterThan(normalize(verse, 'search').length - 10);
    expect(out + chunker.end()).toBe(normalize(verse, 'search'));
  });

  it('N11: an Urdu line keeps ھ apart from ہ across any cut, with the Urdu letter before or after it', () => {
    for (const text of ['وہ کھانا کھاتا ہے\nھذا الكتاب', 'کھا کھا کھا کھا کہا', 'کہا کہا کہا کھا\nھذا'])
      expect(oneUnitAtATime(text, 'search')).toBe(normalize(text, 'search'));
    expect(normalize('کھا کھا کھا کھا کہا\nھذا', 'search')).toBe('كھا كھا كھا كھا كہا\nهذا');
  });

  it('holds a Farsi yeh until it knows whether the word goes on', () => {
    const chunker = new NormalizeChunker({ persianLetters: true });
    expect(chunker.push('علی') + chunker.push('ها') + chunker.end()).toBe('عليها');
  });
});

describe('TokenChunker', () => {
  it('emits each token once the white space after it has arrived', () => {
    const chunker = new TokenChunker();
    const seen: string[] = [];
    chunker.push('زار موقع https://exam', (t) => seen.push(t.text));
    expect(seen).toEqual(['زار', 'موقع']);
    chunker.push('ple.com/a ثم', (t) => seen.push(t.text));
    expect(seen).toEqual(['زار', 'موقع', 'https://example.com/a']);
    chunker.end((t) => seen.push(t.text));
    expect(seen).toEqual(['زار', 'موقع', 'https://example.com/a', 'ثم']);
  });

  it('gives clitic parts stream offsets', () => {
    const chunker = new TokenChunker({ clitics: splitClitics });
    const got: unknown[] = [];
    chunker.push('قال ', (t) => got.push(t));
    chunker.push('وبالكتاب', (t) => got.push(t));
    chunker.end((t) => got.push(t));
    expect(got).toEqual(tokenize('قال وبالكتاب', { clitics: splitClitics }));
  });

  it('keeps memory bounded: 100,000 words in 1,000 chunks are emitted as they come', () => {
    const chunker = new TokenChunker();
    let count = 0;
    for (let k = 0; k < 1000; k++) {
      chunker.push('كلمة '.repeat(100), () => count++);
      expect(count).toBe(100 * (k + 1));
    }
  });
});

describe('streams on text with no white space (issue 13)', () => {
  it('TokenChunker emits the tokens of a minified-JSON line as they come, holding only the tail', () => {
    const chunker = new TokenChunker();
    const json = '{"a":[1,2],"b":"x"},'.repeat(5000);
    let before = 0;
    for (let k = 0; k < json.length; k += 256) chunker.push(json.slice(k, k + 256), () => before++);
    let after = 0;
    chunker.end(() => after++);
    expect(before + after).toBe(tokenize(json).length);
    expect(after).toBeLessThan(40);
  });

  it('TokenChunker waits for a URL whose trailing dots were read to the end (look-ahead reach)', () => {
    const chunker = new TokenChunker();
    const got: string[] = [];
    chunker.push(`http://a.b${'.'.repeat(100)}`, (t) => got.push(t.text));
    expect(got).toEqual([]);
    chunker.push('x', (t) => got.push(t.text));
    chunker.end((t) => got.push(t.text));
    expect(got).toEqual([`http://a.b${'.'.repeat(100)}x`]);
  });

  it('NormalizeChunker writes a Latin line with no line break as it comes', () => {
    const chunker = new NormalizeChunker('search');
    const line = 'Lorem Ipsum dolor '.repeat(1000);
    let early = '';
    for (let k = 0; k < line.length; k += 256) early += chunker.push(line.slice(k, k + 256));
    expect(early.length).toBeGreaterThan(line.length - 300);
    expect(early + chunker.end()).toBe(normalize(line, 'search'));
  });

  it('NormalizeChunker writes a line of NUL bytes as it comes: between two copied controls is a cut', () => {
    for (const preset of ['clean', 'search'] as const) {
      const chunker = new NormalizeChunker(preset);
      const line = `ب${'\0'.repeat(20000)}\u0001ب`;
      let early = '';
      for (let k = 0; k < line.length; k += 256) early += chunker.push(line.slice(k, k + 256));
      expect(early.length).toBeGreaterThan(line.length - 300);
      expect(early + chunker.end()).toBe(normalize(line, preset));
    }
  });

  it('a record longer than the limit is a RecordTooLongError that names where it starts', () => {
    const tokens = new TokenChunker(undefined, 0, undefined, 1000);
    expect(() => tokens.push(`نعم ${'ب'.repeat(1500)}`, () => {})).toThrow(/1000 code units.*offset 4/);
    const sentencesChunker = new SentenceChunker(undefined, 0, 1000);
    expect(() => sentencesChunker.push(`نعم.\n${'x'.repeat(1500)}`, () => {})).toThrow(RecordTooLongError);
    expect(() => new NormalizeChunker(undefined, false, 1000).push('!'.repeat(1200))).toThrow(/offset 0/);
    expect(() => new NormalizeChunker(undefined, false, 1000).push(`بب${'!'.repeat(1200)}`)).toThrow(/offset 1/);
  });
});

describe('SentenceChunker', () => {
  it('waits for what follows an abbreviation or a closing quote', () => {
    const chunker = new SentenceChunker();
    const seen: string[] = [];
    chunker.push('قال د.', (s) => seen.push(s.text));
    chunker.push(' أحمد: نعم.', (s) => seen.push(s.text));
    expect(seen).toEqual([]);
    chunker.push(' ', (s) => seen.push(s.text));
    chunker.push('» ثم', (s) => seen.push(s.text));
    chunker.end((s) => seen.push(s.text));
    expect(seen).toEqual(sentences('قال د. أحمد: نعم. » ثم').map((s) => s.text));
  });

  it('gives the one-shot sentences at every split of the cases found by npm run fuzz', () => {
    for (const text of ['..؟!ﻻ\u200cص.ب ', 'الحمد لله ۝١٢ الرحمن ﴿ ٣ ﴾ مالك ﴾٤']) {
      for (let cut = 0; cut <= text.length; cut++) {
        const chunker = new SentenceChunker();
        const got: unknown[] = [];
        chunker.push(text.slice(0, cut), (s) => got.push(s));
        chunker.push(text.slice(cut), (s) => got.push(s));
        chunker.end((s) => got.push(s));
        expect(got, `cut at ${cut}`).toEqual(sentences(text));
      }
    }
  });

  it("S17: decides wrapped lines as sentences() does, with lines longer than the stream's context, at every chunk size", () => {
    const long = 'كلمة '.repeat(80).trim(); // 399 code units: past WRAP_REACH
    // The line of قصير starts before its sentence: the stream must still see the whole line.
    const text = `عنوان\n${long}\nقصير\n${long}. ثم ${long}\n- بند\n\nفقرة\n${'ب'.repeat(20)}. قصير\n${'ج'.repeat(30)}`;
    const expected = sentences(text, { lineBreaks: 'wrapped' });
    expect(expected.length).toBeGreaterThanOrEqual(6);
    for (const size of [1, 7, 64, 241, 1000]) {
      const chunker = new SentenceChunker({ lineBreaks: 'wrapped' });
      const got: unknown[] = [];
      for (let k = 0; k < text.length; k += size) chunker.push(text.slice(k, k + size), (s) => got.push(s));
      chunker.end((s) => got.push(s));
      expect(got, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('emits sentences as they are decided: 10,000 sentences in 1,000 chunks', () => {
    const chunker = new SentenceChunker();
    let count = 0;
    for (let k = 0; k < 1000; k++) chunker.push('هذه جملة. '.repeat(10), () => count++);
    expect(count).toBeGreaterThanOrEqual(9990);
  });
});

describe('Web Streams', () => {
  it('reject invalid options when created, naming the option', () => {
    expect(() => createNormalizeStream({ digits: 'roman' as never })).toThrow(/"digits".*allowed values/);
    expect(() => createTokenStream({ clitics: 'yes' as never })).toThrow(TypeError);
    expect(() => createTokenBatchStream({ clitics: 'yes' as never })).toThrow(TypeError);
    expect(() => createSentenceStream({ lineBreaks: 'never' as never })).toThrow(/lineBreaks/);
  });

  it('work through pipeThrough with offsets into the whole stream', async () => {
    const chunks = ['قال الوزير ', 'إن النمو 3.', '5%. هل', ' انتهى؟'];
    const source = () =>
      new ReadableStream<string>({
        start(c) {
          for (const x of chunks) c.enqueue(x);
          c.close();
        },
      });
    const collect = async <T>(s: ReadableStream<T>) => {
      const out: T[] = [];
      for await (const x of s as unknown as AsyncIterable<T>) out.push(x);
      return out;
    };
    const text = chunks.join('');
    expect(await collect(source().pipeThrough(createTokenStream()))).toEqual(tokenize(text));
    // One array per chunk that completed tokens: 3.5 waits for the chunk after "3.", هل for the
    // space after it, and the end of the stream completes the last two.
    expect((await collect(source().pipeThrough(createTokenBatchStream()))).map((b) => b.map((t) => t.text))).toEqual([
      ['قال', 'الوزير'],
      ['إن', 'النمو'],
      ['3.5', '%', '.'],
      ['هل'],
      ['انتهى', '؟'],
    ]);
    expect(await collect(source().pipeThrough(createSentenceStream()))).toEqual(sentences(text));
    expect((await collect(source().pipeThrough(createNormalizeStream('search')))).join('')).toBe(
      normalize(text, 'search'),
    );
  });
});

describe('chunkers on large and hostile inputs, in 64 KB chunks', () => {
  // Linear time shows here as finishing at all: a quadratic rescan of these would take minutes.
  const hostile: Array<[string, string]> = [
    ['a 4 MB word', 'ب'.repeat(4_000_000)],
    ['2 MB of harakat', '\u064e'.repeat(2_000_000)],
    ['1M dots', '.'.repeat(1_000_000)],
    ['a 1 MB URL', `https://example.com/${'a/'.repeat(500_000)}`],
    ['1M lone surrogates and NULs', '\ud800\u0000'.repeat(500_000)],
  ];
  const pieces = (text: string) =>
    Array.from({ length: Math.ceil(text.length / 65536) }, (_, k) => text.slice(k * 65536, (k + 1) * 65536));

  it.each(hostile)(
    '%s: each chunker gives the one-shot result',
    (_name, text) => {
      const normalizer = new NormalizeChunker('search');
      expect(
        pieces(text)
          .map((p) => normalizer.push(p))
          .join('') + normalizer.end(),
      ).toBe(normalize(text, 'search'));
      const chunkers: Array<[ItemChunker<unknown>, unknown[]]> = [
        [new TokenChunker(), tokenize(text)],
        [new SentenceChunker(), sentences(text)],
      ];
      for (const [chunker, expected] of chunkers) {
        const got: unknown[] = [];
        for (const p of pieces(text)) chunker.push(p, (x) => got.push(x));
        chunker.end((x) => got.push(x));
        expect(got).toEqual(expected);
      }
    },
    60_000,
  );
});
