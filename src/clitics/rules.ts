/**
 * The clitic rules as data: one row per proclitic and per pronoun enclitic, each citing its rule
 * in docs/clitics.md. A new proclitic or enclitic is one row here (and a test row); the splitter
 * in split.ts reads only these rows and the lexicons.
 */

/** When a proclitic letter may be split off. */
type ProcliticTest =
  /** C1, C2: the word is not listed as beginning with the letter, and enough remains. */
  | 'strippable'
  /** C3: ل before the article, whose alef is not written (للحكومة = ل + الحكومة). */
  | 'beforeArticle'
  /** C4: the future particle, before an imperfect-verb prefix and at least three letters. */
  | 'future';

export interface ProcliticRule {
  readonly rule: string;
  readonly letter: string;
  /** 0: conjunctions, which come first; 1: prepositions and the future particle, after them. */
  readonly slot: 0 | 1;
  readonly test: ProcliticTest;
  /** A preposition hosts a pronoun suffix (له, بها): one remaining letter is enough (C2). */
  readonly hostsPronoun: boolean;
}

/** Tried in order at each slot; the first whose test holds is taken. */
export const PROCLITICS: readonly ProcliticRule[] = [
  { rule: 'C1', letter: 'و', slot: 0, test: 'strippable', hostsPronoun: false },
  { rule: 'C1', letter: 'ف', slot: 0, test: 'strippable', hostsPronoun: false },
  { rule: 'C3', letter: 'ل', slot: 1, test: 'beforeArticle', hostsPronoun: false },
  { rule: 'C2', letter: 'ب', slot: 1, test: 'strippable', hostsPronoun: true },
  { rule: 'C2', letter: 'ل', slot: 1, test: 'strippable', hostsPronoun: true },
  { rule: 'C2', letter: 'ك', slot: 1, test: 'strippable', hostsPronoun: true },
  { rule: 'C4', letter: 'س', slot: 1, test: 'future', hostsPronoun: false },
];

/** When a pronoun suffix is split off as an enclitic. */
type EncliticCondition =
  /** C6: whenever the word has no article, is not listed as ending so, and two letters remain. */
  | 'always'
  /** C7: only after a particle host (منك, عليكم) or a proclitic with a short host (لك, بكم). */
  | 'afterHost'
  /** C8: never: the letters end too many stems (يمكن, ذهن, وطني) to split without a verb lexicon. */
  | 'never'
  /** C9: as `always`, but not before a final fathatan (ناً is an accusative ending: أماناً). */
  | 'notBeforeFathatan';

export interface EncliticRule {
  readonly rule: string;
  readonly suffix: string;
  readonly when: EncliticCondition;
}

/** UD Arabic's pronoun enclitics, longest first (the splitter tries them in this order). */
export const ENCLITICS: readonly EncliticRule[] = [
  { rule: 'C6', suffix: 'هما', when: 'always' },
  { rule: 'C7', suffix: 'كما', when: 'afterHost' },
  { rule: 'C6', suffix: 'هم', when: 'always' },
  { rule: 'C8', suffix: 'هن', when: 'never' },
  { rule: 'C6', suffix: 'ها', when: 'always' },
  { rule: 'C7', suffix: 'كم', when: 'afterHost' },
  { rule: 'C8', suffix: 'كن', when: 'never' },
  { rule: 'C9', suffix: 'نا', when: 'notBeforeFathatan' },
  { rule: 'C8', suffix: 'ني', when: 'never' },
  { rule: 'C6', suffix: 'ه', when: 'always' },
  { rule: 'C7', suffix: 'ك', when: 'afterHost' },
  { rule: 'C7', suffix: 'ي', when: 'afterHost' },
];

/**
 * C10: a preposition or particle written together with the word after it, its ن written once:
 * من or عن with ما or من (مما = من + ما: the first part is the preposition), and من, عن, إنّ with
 * the pronoun نا (منّا = من + نا, إنّا = إنّ + نا: the first part hosts the pronoun). أنا stays
 * the pronoun "I".
 */
export const ASSIMILATED: ReadonlyMap<string, { readonly first: string; readonly hostsPronoun: boolean }> =
  /* @__PURE__ */ new Map([
    ['مما', { first: 'من', hostsPronoun: false }],
    ['ممن', { first: 'من', hostsPronoun: false }],
    ['عما', { first: 'عن', hostsPronoun: false }],
    ['عمن', { first: 'عن', hostsPronoun: false }],
    ['منا', { first: 'من', hostsPronoun: true }],
    ['عنا', { first: 'عن', hostsPronoun: true }],
    ['إنا', { first: 'إن', hostsPronoun: true }],
  ]);

/**
 * C23: a proclitic before a word whose first letters are not written after it: the article's
 * alef and lam in لله (ل + الله), the alef of اسم in بسم (ب + اسم). The stem's text restores them.
 */
export const ELIDED: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['لله', 'ال'],
  ['بسم', 'ا'],
]);

/**
 * The dialect rules, on under `createCliticSplitter({ dialect: true })` (docs/clitics.md,
 * C13–C19). Written for this project from the error classes of dialect tweets (Egyptian, Gulf,
 * Levantine) and the Levantine examples of UD MADAR; MSA text keeps the rules above.
 */
export const DIALECT = {
  /** C13: these letters split only before the article or as a pronoun's host: the progressive ب (بيحب, بتعرف, بقدر) stays on its verb. */
  onlyBeforeArticle: 'ب',
  /**
   * C14: these enclitics split after any host of two letters or more (قلبك, كلامي, ساعدني), not
   * only after particles; ني not after a host ending in ا, where it is the plural ان + ي (قمصاني).
   */
  anyHost: ['ك', 'كم', 'ي', 'ني'] as readonly string[],
  /**
   * C15: the dative ل before a pronoun enclitic splits too, after a host of this many letters
   * (احكيلهم → احكي + ل + هم, بيقولك → بيقو + ل + ك; يقولك stays يقول + ك).
   */
  dative: { letter: 'ل', minHost: 4 },
  /**
   * C17: و splits before a bare alef, where dialect writing drops the hamza (وافرح → و + افرح,
   * وانا → و + انا), and before these two-letter words (ولو → و + لو). MSA keeps C5.
   */
  beforeBareAlef: 'و',
  shortHosts: ['لو', 'هو', 'هي'] as readonly string[],
  /**
   * C18: نا after these perfect-verb hosts is the verb's subject, not an object pronoun
   * (أصبحنا, كنا, رحنا). Hosts as written before نا: the hollow verbs lose their long vowel
   * (كان → كنا, صار → صرنا, قال → قلنا) and the defective ones keep ي (بقينا, جينا).
   */
  // biome-ignore format: a word list reads best as lines of words
  subjectNa: ['أصبح', 'اصبح', 'أمسي', 'امسي', 'كن', 'صر', 'رح', 'جي', 'اجي', 'شف', 'قل', 'نم', 'قم', 'بقي', 'لقي', 'مشي', 'حكي', 'نسي',
    'عرف', 'سمع', 'وصل', 'رجع', 'طلع', 'نزل', 'قعد', 'اكل', 'أكل', 'شرب', 'خلص', 'حبي', 'فهم', 'درس', 'لعب', 'سافر', 'تعب', 'دخل', 'خرج',
    'فرح', 'زعل', 'تأخر', 'اتأخر', 'تعلم', 'اتعلم', 'اشتغل', 'اتفق', 'اتفرج', 'صحي', 'صلي', 'غني', 'ضحك', 'بدي'] as readonly string[],
  /**
   * C19: ي and ك that end the stem of a verb, after the verb's prefixes (the progressive ب or
   * the future ه ح, then أ إ ا ي ت ن): بحكي, تعطي, أشتري, ألاقي, إترك stay whole. Stems of
   * defective roots (ح ك ي, ع ط ي…) and of roots ending in ك.
   */
  // biome-ignore format: a word list reads best as lines of words
  verbStems: ['حكي', 'عطي', 'شتري', 'لاقي', 'مشي', 'بكي', 'جري', 'رمي', 'نسي', 'لقي', 'غني', 'خلي', 'سوي', 'قري', 'صلي', 'بني', 'دري',
    'جي', 'ستني', 'نتني', 'بقي', 'ورجي', 'رجي', 'حمي', 'كفي', 'ستحي', 'نادي',
    'ترك', 'ضحك', 'مسك', 'شارك', 'ملك', 'حرك', 'تحرك', 'شك', 'فك', 'برك', 'بارك', 'درك', 'سلك', 'فكك'] as readonly string[],
  /** The prefixes C19 strips before looking a verb stem up: first one of these, then one of IMPERFECT_PREFIXES or ا إ. */
  verbPrefixes: { progressive: 'بهح', person: 'أإايتن' },
  /**
   * C19: ي after a host of this many letters or more is a nisba adjective's ending (إعلامي,
   * ماليزي, كوميدي), not my; a host ending in ت (ة before a suffix: حبيبتي), in the dative ل
   * (ابعتلي) or in the plural ان (قمصاني, اخواني) still splits.
   */
  nisbaMinHost: 5,
  /** C19: shorter nisba adjectives, nouns and names ending in ي that C14 would split (عربي, كرسي, رأي, سامي). */
  // biome-ignore format: a word list reads best as lines of words
  nisba: ['عربي', 'كرسي', 'رأي', 'راي', 'دولي', 'رسمي', 'شعبي', 'سياسي', 'وطني', 'محلي', 'عادي', 'ذكي', 'غبي', 'قوي', 'غني', 'كوري',
    'صيني', 'هندي', 'تركي', 'مصري', 'سوري', 'عراقي', 'ليبي', 'يمني', 'كويتي', 'قطري', 'اردني', 'أردني', 'لبناني', 'ياباني', 'إنساني', 'انساني', 'روحاني', 'نفساني', 'سعودي', 'مغربي',
    'تونسي', 'شامي', 'حلبي', 'بحري', 'بري', 'جوي', 'حوالي', 'حولي', 'زكي', 'علي', 'مكي', 'ناجي', 'راضي', 'هادي', 'فادي', 'رامي', 'سامي', 'شادي'] as readonly string[],
  /**
   * C16: dialect words that look like clitics and a host but are whole (ايه, كده, ليه, شويه,
   * حاجه, كتير, كفاية), and two that MSA splits: ولا ("or", ولّا) and عنا ("we have", عنّا).
   */
  // biome-ignore format: a word list reads best as lines of words
  whole: ['ايه', 'إيه', 'كده', 'ليه', 'شويه', 'حاجه', 'اوه', 'آه', 'اه', 'واو', 'يعني', 'زي', 'هيك', 'هيدا', 'هيدي', 'هاي', 'بدي', 'اشي', 'إشي', 'خلي', 'مشي', 'كتير', 'كفاية', 'كمان', 'شوي', 'بكرا', 'بكرة', 'ليش', 'مين', 'وين', 'كيف', 'لقينا', 'لقيت', 'لقيته',
    'ولا', 'عنا'] as readonly string[],
} as const;
