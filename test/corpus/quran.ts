/**
 * The Tanzil Quran text (Uthmani and standard orthography, verse by verse), read from
 * ../shared/data/quran when it is there. Tests that need it are skipped with a visible notice
 * when it is absent. The text is never copied into the project (its README forbids changed
 * copies); tests read it, and what they print is figures, not verses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = (name: string) => fileURLToPath(new URL(`../../../shared/data/quran/${name}`, import.meta.url));
export const UTHMANI_PATH = dir('quran-uthmani.txt');
export const SIMPLE_PATH = dir('quran-simple.txt');
export const hasQuran = existsSync(UTHMANI_PATH) && existsSync(SIMPLE_PATH);

if (!hasQuran) {
  console.warn(`\n[corpus] NOTICE: ${UTHMANI_PATH} is absent; the Quran corpus tests are SKIPPED.\n`);
}

/** The verses of one file, in order: the text of each `sura|aya|text` line (the notice block left out). */
export function loadVerses(path: string): string[] {
  const verses = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => /^\d+\|\d+\|/.test(line))
    .map((line) => line.slice(line.indexOf('|', line.indexOf('|') + 1) + 1));
  if (verses.length !== 6236) throw new Error(`unexpected Quran file ${path}: ${verses.length} verses`);
  return verses;
}

/** Pause marks and the rub el hizb and sajdah signs that stand as words of their own in the Uthmani text. */
const MARK_TOKEN = /^[\u06d6-\u06dc\u06de\u06e9]+$/u;

/**
 * The word pairs of the verses that align word by word: the same number of words once the
 * Uthmani side's standalone marks are left out (5,873 of the 6,236 verses, per the data's README).
 */
export function alignedWords(uthmani: string[], simple: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let v = 0; v < uthmani.length; v++) {
    const u = uthmani[v]!.split(' ').filter((w) => !MARK_TOKEN.test(w));
    const s = simple[v]!.split(' ');
    if (u.length !== s.length) continue;
    for (let k = 0; k < u.length; k++) pairs.push([u[k]!, s[k]!]);
  }
  return pairs;
}
