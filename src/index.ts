/**
 * arabic-text: Arabic text normalization, tokenization and sentence segmentation.
 *
 * This module only re-exports; each concept lives in its own folder (see docs/architecture.md).
 * @packageDocumentation
 */
export { normalize, normalizeWithOffsets, type NormalizedText } from './normalize/normalize.ts';
export {
  PRESETS,
  type NormalizeOptions,
  type PresetName,
  type ResolvedOptions,
  type DiacriticsMode,
  type DigitsMode,
  type PunctuationMode,
} from './normalize/options.ts';
export { latinRuns, latinRunSpans, isolateLatinRuns, type LatinRun } from './normalize/latin-runs.ts';
export { UNICODE_VERSION } from './chars/tables.generated.ts';
export {
  tokenize,
  tokens,
  tokenSpans,
  type Token,
  type TokenizeOptions,
  type WordScript,
  type Part,
  type CliticRole,
  type CliticSplitter,
} from './tokenize/tokenize.ts';
export { TokenKind, type TokenKindName } from './tokenize/kinds.ts';
export {
  sentences,
  sentenceSpans,
  sentenceSegments,
  type Sentence,
  type SentenceOptions,
  type LineBreakMode,
} from './segment/sentences.ts';
export { splitClitics, createCliticSplitter, type CliticOptions } from './clitics/split.ts';
export {
  createNormalizeStream,
  createTokenStream,
  createTokenBatchStream,
  createSentenceStream,
} from './stream/web-streams.ts';
export { mask, type MaskOptions, type Masked, type MaskedSpan } from './mask/mask.ts';
export {
  transliterate,
  untransliterate,
  transliterateWithOffsets,
  type TransliterationScheme,
  type Transliterated,
  type TransliterateOptions,
} from './transliterate/transliterate.ts';
export { stem, type StemOptions, type StemAlgorithm } from './search/stem.ts';
export { isStopword, STOPWORDS } from './search/stopwords.ts';
export { analyze, type AnalyzeOptions, type AnalyzerPreset, type Term } from './search/analyze.ts';
export { findMatches, type FindMatchesOptions, type Match } from './search/find-matches.ts';
