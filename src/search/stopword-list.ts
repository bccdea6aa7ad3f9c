/**
 * The stop list: Arabic function words, written for this project by its authors from Arabic
 * grammar (the closed classes below); no third-party list is copied. Entries are in standard
 * spelling (hamza seats written, ة, ى); `STOPWORDS` adds their `normalize(·, 'search')` forms.
 *
 * Classes, and where each comes from:
 * - prepositions (حروف الجر) and the adverbs of place and time used as prepositions (ظروف);
 * - conjunctions (حروف العطف) and subordinators (أدوات الربط والشرط);
 * - detached pronouns (الضمائر المنفصلة), and إيّا with its suffixes;
 * - demonstratives (أسماء الإشارة) and the adverbs of place built on them (هنا, هناك);
 * - relatives (الأسماء الموصولة);
 * - particles: negation, interrogation, the future, emphasis and restriction (إنّ and its
 *   sisters, قد, سوف, إلا);
 * - the auxiliary كان and ليس in their frequent forms, and the quantifiers and adverbs that
 *   carry no topic (كل, بعض, أيضا, فقط).
 * Content words that a stop list of news might drop (قال, اليوم, عام) are not in it: a search
 * for them must find them.
 */
// biome-ignore format: a word list reads best as lines of words
export const STOPWORD_ENTRIES: readonly string[] = [
  // prepositions and prepositional adverbs
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'حتى', 'منذ', 'مذ', 'لدى', 'لدن', 'عند', 'نحو', 'ضد', 'حول', 'خلال', 'بين',
  'دون', 'فوق', 'تحت', 'أمام', 'خلف', 'وراء', 'قبل', 'بعد', 'عبر', 'إزاء', 'سوى', 'لدي', 'عليه', 'عليها', 'فيه', 'فيها',
  'منه', 'منها', 'إليه', 'إليها', 'عنه', 'عنها', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'فيهم', 'منهم', 'عليهم',
  // conjunctions and subordinators
  'ثم', 'أو', 'أم', 'بل', 'لكن', 'لكنه', 'لكنها', 'حيث', 'إذ', 'إذا', 'إن', 'أن', 'إما', 'أما', 'لأن', 'كي', 'لكي',
  'بينما', 'عندما', 'كلما', 'لما', 'لو', 'لولا', 'إلا', 'كما', 'مثلما', 'حين', 'حينما', 'ريثما', 'فيما', 'بما', 'مما', 'عما',
  // detached pronouns
  'أنا', 'نحن', 'أنت', 'أنتم', 'أنتما', 'أنتن', 'هو', 'هي', 'هما', 'هم', 'هن', 'إياه', 'إياها', 'إياهم', 'إياك', 'إياي', 'إيانا',
  // demonstratives
  'هذا', 'هذه', 'هذان', 'هذين', 'هاتان', 'هاتين', 'هؤلاء', 'ذلك', 'تلك', 'ذاك', 'أولئك', 'أولاء', 'هنا', 'هناك', 'هنالك',
  // relatives
  'الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللاتي', 'اللواتي', 'اللائي', 'ما', 'مهما', 'أي', 'أية',
  // particles: negation, interrogation, future, emphasis, restriction
  'لا', 'لم', 'لن', 'ليس', 'ليست', 'لست', 'غير', 'هل', 'ماذا', 'متى', 'أين', 'كيف', 'كم', 'لماذا', 'سوف', 'قد', 'لقد',
  'إنه', 'إنها', 'إنهم', 'أنه', 'أنها', 'أنهم', 'كأن', 'ليت', 'لعل', 'إنما', 'أنما', 'يا', 'نعم', 'بلى', 'كلا',
  // the auxiliary كان, and quantifiers and adverbs without a topic
  'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكن', 'كل', 'بعض', 'جميع', 'أيضا', 'فقط', 'كذلك', 'جدا', 'الآن', 'ذات',
];
