/**
 * One row per clitic rule of docs/clitics.md (C1…C12; the dialect rules C13…C19 and the Persian and Urdu rules C20, C21 below): word → its parts' texts. The rows of
 * src/clitics/rules.ts name these rules; a new proclitic or enclitic adds a row here.
 */
import { describe, expect, it } from 'vitest';
import { createCliticSplitter, splitClitics, tokenize } from '../../../src/index.ts';

const dialect = createCliticSplitter({ dialect: true });
import { ENCLITICS, PROCLITICS } from '../../../src/clitics/rules.ts';

const ROWS: ReadonlyArray<readonly [string, string, string[]]> = [
  ['C1', 'وقال', ['و', 'قال']],
  ['C1', 'فما', ['ف', 'ما']],
  ['C1', 'وزير', ['وزير']],
  ['C2', 'وبالحكومة', ['و', 'ب', 'الحكومة']],
  ['C2', 'له', ['ل', 'ه']],
  ['C2', 'كنا', ['كنا']],
  ['C2', 'كلنا', ['كل', 'نا']],
  ['C3', 'للسلطة', ['ل', 'السلطة']],
  ['C4', 'سيكون', ['س', 'يكون']],
  ['C4', 'سياسة', ['سياسة']],
  ['C5', 'والانتخابات', ['و', 'الانتخابات']],
  ['C5', 'كامبل', ['كامبل']],
  ['C6', 'كتابها', ['كتاب', 'ها']],
  ['C7', 'منك', ['من', 'ك']],
  ['C7', 'سلوك', ['سلوك']],
  ['C8', 'يمكن', ['يمكن']],
  ['C9', 'أماناً', ['أماناً']],
  ['C9', 'بيتنا', ['بيت', 'نا']],
  ['C10', 'مما', ['من', 'ما']],
  ['C11', 'الكتابه', ['الكتابه']],
  ['C12', 'كولومبيا', ['كولومبيا']],
];

describe('clitic rules (docs/clitics.md)', () => {
  it.each(ROWS)('%s: %s', (_, word, parts) => {
    expect(splitClitics(word).map((p) => p.text)).toEqual(parts);
  });

  it.each([
    ['C13', 'بيحبك', ['بيحب', 'ك']],
    ['C13', 'بتعرف', ['بتعرف']],
    ['C13', 'بقالة', ['بقالة']],
    ['C13', 'بلييز', ['بلييز']],
    ['C13', 'بك', ['ب', 'ك']],
    ['C14', 'قلبك', ['قلب', 'ك']],
    ['C14', 'يقولك', ['يقول', 'ك']],
    ['C14', 'كلامي', ['كلام', 'ي']],
    ['C14', 'اني', ['ان', 'ي']],
    ['C14', 'ساعدني', ['ساعد', 'ني']],
    ['C14', 'قمصاني', ['قمصان', 'ي']],
    ['C15', 'بيقولك', ['بيقو', 'ل', 'ك']],
    ['C15', 'احكيلهم', ['احكي', 'ل', 'هم']],
    ['C15', 'ابعتلي', ['ابعت', 'ل', 'ي']],
    ['C16', 'ايه', ['ايه']],
    ['C16', 'كده', ['كده']],
    ['C16', 'ليه', ['ليه']],
    ['C16', 'حاجه', ['حاجه']],
    ['C16', 'شويه', ['شويه']],
    ['C16', 'هههه', ['هههه']],
    ['C16', 'كتير', ['كتير']],
    ['C16', 'كفاية', ['كفاية']],
    ['C17', 'وافرح', ['و', 'افرح']],
    ['C17', 'وانا', ['و', 'انا']],
    ['C17', 'ولو', ['و', 'لو']],
    ['C17', 'واحد', ['واحد']],
    ['C17', 'ولا', ['ولا']],
    ['C18', 'أصبحنا', ['أصبحنا']],
    ['C18', 'رحنا', ['رحنا']],
    ['C18', 'كنا', ['كنا']],
    ['C18', 'بيتنا', ['بيت', 'نا']],
    ['C18', 'ربنا', ['رب', 'نا']],
    ['C19', 'بحكي', ['بحكي']],
    ['C19', 'أشتري', ['أشتري']],
    ['C19', 'تعطي', ['تعطي']],
    ['C19', 'إترك', ['إترك']],
    ['C19', 'بحكيلك', ['بحكي', 'ل', 'ك']],
    ['C19', 'إعلامي', ['إعلامي']],
    ['C19', 'عربي', ['عربي']],
    ['C19', 'كرسي', ['كرسي']],
    ['C19', 'حبيبتي', ['حبيبت', 'ي']],
    ['C19', 'اخواني', ['اخوان', 'ي']],
    ['C19', 'حبيبي', ['حبيب', 'ي']],
  ])('dialect %s: %s', (_, word, parts) => {
    expect(dialect(word).map((p) => p.text)).toEqual(parts);
  });

  it.each([
    ['C21', 'برای', ['برای']],
    ['C21', 'لیکن', ['لیکن']],
    ['C21', 'می‌کنم', ['می‌کنم']],
    ['C21', 'کہا', ['کہا']],
    ['C21', 'بیمار', ['بیمار']],
  ])('%s: %s is Persian or Urdu, never split', (_, word, parts) => {
    expect(splitClitics(word).map((p) => p.text)).toEqual(parts);
    expect(dialect(word).map((p) => p.text)).toEqual(parts);
  });

  it.each([
    ['C20', 'به گزارش خبرنگار مهر در گرگان', 'fa'],
    ['C20', 'این میهمانی به منظور آشنایی هم‌تیمی‌های او برگزار شد', 'fa'],
    ['C20', 'اس نے کہا کہ وہ کل آئے گا لیکن وہ نہیں آیا', 'ur'],
    ['C20', 'میں نے کھانا کھایا اور وہ بہت اچھا تھا', 'ur'],
    ['C20', 'پاکستان کے لیے یہ بہت اہم ہے', 'ur'],
  ])('%s: no word of a Persian or Urdu line is split: %s (%s)', (_, line) => {
    for (const t of tokenize(line, { clitics: splitClitics }))
      if (t.script === 'arabic') expect(t.parts!.map((p) => p.text)).toEqual([t.text]);
  });

  it('C20: Arabic lines are split as before, Arabic typed on a Persian keyboard included', () => {
    const parts = (line: string) =>
      tokenize(line, { clitics: splitClitics }).map((t) => t.parts!.map((p) => p.text).join('+'));
    expect(parts('وبالحكومة قال')).toEqual(['و+ب+الحكومة', 'قال']);
    expect(parts('ذهبت الی المدرسة وبالحكومة')).toEqual(['ذهبت', 'الی', 'المدرسة', 'و+ب+الحكومة']);
    expect(parts('به گزارش\nوبالحكومة قال')).toEqual(['به', 'گزارش', 'و+ب+الحكومة', 'قال']);
  });

  it('without { dialect: true } the splitter is splitClitics', () => {
    for (const w of ['بيحبك', 'وبالحكومة', 'كتابها', 'قلبك', 'احكيلهم'])
      expect(createCliticSplitter()(w)).toEqual(splitClitics(w));
    expect(() => createCliticSplitter({ dialekt: true } as never)).toThrow(
      /unknown createCliticSplitter option "dialekt"/,
    );
  });

  it('every proclitic and enclitic row names a rule that has a test row here', () => {
    const tested = new Set(ROWS.map(([rule]) => rule));
    for (const row of [...PROCLITICS, ...ENCLITICS]) expect(tested.has(row.rule), row.rule).toBe(true);
  });
});
