/**
 * ASCII fast paths. The URL and email scanners work on ASCII only; these predicates are exact
 * restatements of the class table for code units below U+0080, and test/unit/chars/fast-paths.test.ts
 * checks each of them against `BMP_CLASS` for every BMP code unit.
 */
import { Char } from './code-points.ts';

/** Code units below this are ASCII. */
export const ASCII_END = 0x80;
/** Setting this bit lower-cases an ASCII letter (and leaves a lower-case one as it is). */
const CASE_BIT = 0x20;

/** Whether `c` is an ASCII letter (A–Z, a–z). */
export const isAsciiLetter = (c: number): boolean =>
  (c | CASE_BIT) >= Char.LATIN_SMALL_LETTER_A && (c | CASE_BIT) <= Char.LATIN_SMALL_LETTER_Z;
/** Whether `c` is an ASCII digit (0–9). */
export const isAsciiDigit = (c: number): boolean => c >= Char.DIGIT_ZERO && c <= Char.DIGIT_NINE;
/** Whether `c` is an ASCII letter or digit. */
export const isAsciiAlnum = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c);
/** An ASCII letter in lower case (any other code unit is returned as it is, or with bit 5 set). */
export const asciiLower = (c: number): number => c | CASE_BIT;
