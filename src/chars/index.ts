/** The character layer: classes, their lookup, and the Unicode version behind them. */
export * from './classes.ts';
export {
  BMP_CLASS,
  astralClassOf,
  bmpCodePointsOf,
  forEachAstralRun,
  classOf,
  classAt,
  isLetterClass,
  isMarkClass,
  isDigitClass,
  isArabicClass,
} from './lookup.ts';
export { UNICODE_VERSION } from './tables.generated.ts';
