/**
 * The light stemmer's exception list (L17), written for this project by its authors; no
 * third-party word list is copied. Entries are in their `normalize(·, 'search')` form (ة → ه,
 * hamza seats folded) and without the article: the stemmer looks a word up after L11 and again
 * after L12.
 *
 * Classes, and where each comes from:
 * - place names ending in ين, ون, ت, وا or ه: capitals and countries of world news (برلين, بكين,
 *   الكويت, بيروت, أوتاوا) and of the Arabic-speaking world (فلسطين, تكريت, حضرموت);
 * - personal names with those endings, of leaders and historical figures in news and
 *   textbooks (بنيامين, بوتين, ماكرون, كلينتون, نابليون, لينين);
 * - nouns of Persian, Greek or European origin whose last letters are a stem's, not a suffix
 *   (بروتين, فيتامين, كوكايين, بنزين, زيتون, ليمون, صالون).
 */
// biome-ignore format: a word list reads best as lines of words
const ENTRIES: readonly string[] = [
  // places
  'فلسطين', 'صين', 'برلين', 'بكين', 'كويت', 'بيروت', 'تكريت', 'حضرموت', 'اوتاوا', 'نيكاراغوا', 'ميلانو', 'لشبونه',
  'جنيف', 'بوسطن', 'هيوستن', 'تالين', 'دبلين', 'بيكين', 'ستالينغراد', 'عين', 'جنين', 'حطين', 'صفين', 'بحرين',
  // people
  'بنيامين', 'بوتين', 'لينين', 'ستالين', 'ماكرون', 'كلينتون', 'جونسون', 'ويلسون', 'نيلسون', 'نابليون', 'هارون',
  'مامون', 'امين', 'حسين', 'ياسين', 'شاهين', 'نسرين', 'جيفرسون', 'هاملتون', 'واشنطون', 'دارون', 'نيوتن',
  // loanwords
  'بروتين', 'فيتامين', 'كوكايين', 'نيكوتين', 'بنزين', 'زيتون', 'ليمون', 'صالون', 'بنطلون', 'تلفزيون', 'بالون',
  'كربون', 'سيليكون', 'ميكروفون', 'تلفون', 'تليفون', 'بليون', 'مليون', 'ترليون', 'انترنت', 'تويت',
];

/** L17: words the light stemmer leaves as `normalize(·, 'search')` gives them. */
export const PROTECTED: ReadonlySet<string> = /* @__PURE__ */ new Set(ENTRIES);
