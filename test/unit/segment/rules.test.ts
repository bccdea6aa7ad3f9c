/** One row per sentence rule of docs/sentences.md (S1…S11): input (and options) → sentence texts. */
import { describe, expect, it } from 'vitest';
import { sentences, type SentenceOptions } from '../../../src/index.ts';

const ROWS: ReadonlyArray<readonly [string, string, SentenceOptions, string[]]> = [
  ['S1', 'نعم. لا؟! حقا...', {}, ['نعم.', 'لا؟!', 'حقا...']],
  ['S2', 'سطر أول\nسطر ثان', { lineBreaks: 'paragraph' }, ['سطر أول\nسطر ثان']],
  ['S2', 'سطر أول\nسطر ثان', {}, ['سطر أول', 'سطر ثان']],
  ['S3', 'بلغ 3.5 في example.com اليوم', {}, ['بلغ 3.5 في example.com اليوم']],
  ['S4', 'قال "نحن هنا. وسنبقى" ثم مضى. لا', {}, ['قال "نحن هنا. وسنبقى" ثم مضى.', 'لا']],
  ['S4', 'قال ‘نحن هنا. وسنبقى’ ثم مضى. لا', {}, ['قال ‘نحن هنا. وسنبقى’ ثم مضى.', 'لا']],
  ['S5', '«نعم.» ممكن. ” لا', {}, ['«نعم.»', 'ممكن. ”', 'لا']],
  ['S6', 'انظر (ص. 15) هنا. و(كذا.) ثم', {}, ['انظر (ص. 15) هنا.', 'و(كذا.)', 'ثم']],
  ['S7', 'أولا؛ ثانيا', { semicolon: true }, ['أولا؛', 'ثانيا']],
  ['S7', 'أولا؛ ثانيا', {}, ['أولا؛ ثانيا']],
  ['S8', 'قال د. أحمد و U.S. و أ.د. علي', {}, ['قال د. أحمد و U.S. و أ.د. علي']],
  ['S8', 'الأستاذ مهندس. علي', { abbreviations: ['مهندس.'] }, ['الأستاذ مهندس. علي']],
  ['S9', '1. البند الأول\n2. البند الثاني', {}, ['1. البند الأول', '2. البند الثاني']],
  ['S10', 'في 2024م. ثم عاد', {}, ['في 2024م.', 'ثم عاد']],
  ['S11', 'قال د.\nثم', {}, ['قال د.', 'ثم']],
];

describe('sentence rules (docs/sentences.md)', () => {
  it.each(ROWS)('%s: %j %j', (_, input, options, expected) => {
    expect(sentences(input, options).map((s) => s.text)).toEqual(expected);
  });
});
