/** Masking (docs/tokenization.md, M1–M3): one row per case, and the option errors. */
import { describe, expect, it } from 'vitest';
import { mask } from '../../../src/index.ts';

describe('mask', () => {
  it.each([
    ['M1', 'شكرا جزيلا', {}, 'شكرا جزيلا'],
    ['M2', '@user شاهد https://t.co/x أو info@a.org', {}, '[مستخدم] شاهد [رابط] أو [بريد]'],
    ['M2', 'فاز 3 مرات 😂 :)', { number: '[رقم]', emoji: '[وجه]', emoticon: '[وجه]' }, 'فاز [رقم] مرات [وجه] [وجه]'],
    ['M2', '@user https://t.co/x', { mention: false, url: 'URL' }, '@user URL'],
    ['M3', 'اليوم #مصر_اليوم', {}, 'اليوم مصر اليوم'],
    ['M3', 'اليوم #مصر_اليوم', { hashtag: '[وسم]' }, 'اليوم [وسم]'],
    ['M3', 'اليوم #مصر_اليوم', { hashtag: false }, 'اليوم #مصر_اليوم'],
  ] as const)('%s: %s with %j', (_, input, options, expected) => {
    expect(mask(input, options).text).toBe(expected);
  });

  it('maps placeholders to their token and copied text to itself', () => {
    const input = 'راجع https://t.co/x الآن';
    const { text, offsets, spans } = mask(input);
    expect(spans).toEqual([{ kind: 'url', start: 5, end: 19, outputStart: 5, outputEnd: 11 }]);
    expect(Array.from(offsets.subarray(5, 11))).toEqual([5, 5, 5, 5, 5, 5]);
    expect(input.slice(offsets[12]!, offsets[text.length])).toBe('الآن');
  });

  it('refuses bad options and input with a TypeError', () => {
    expect(() => mask('x', { url: 3 as never })).toThrow(
      /invalid value 3 for option "url"; allowed values: a string, false/,
    );
    expect(() => mask('x', { link: 'x' } as never)).toThrow(/unknown mask option "link"/);
    expect(() => mask(undefined as never)).toThrow(/mask: argument "text" must be a string/);
  });
});
