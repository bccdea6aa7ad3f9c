/**
 * The character layer: everything the library knows about single characters. Classes partition
 * the code points (classes.ts, lookup.ts); roles are the overlapping punctuation sets (roles.ts,
 * generated from scripts/data/roles.ts); code-points.ts names single characters; cursor.ts and
 * ascii.ts are the UTF-16 and ASCII helpers. Modules above this layer import from here only.
 */
export * from './classes.ts';
export {
  BMP_CLASS,
  bmpCodePointsOf,
  forEachAstralRun,
  classOf,
  classAt,
  isLetterClass,
  isMarkClass,
  isDigitClass,
  isArabicClass,
} from './lookup.ts';
export * from './code-points.ts';
export * from './cursor.ts';
export * from './ascii.ts';
export * from './roles.ts';
export { UNICODE_VERSION } from './tables.generated.ts';
export * from './quotes.ts';
export { decodeUtf16 } from './utf16.ts';
