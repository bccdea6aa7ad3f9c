/**
 * The real Lucene (Debian's liblucene8-java, Lucene 8.8.1, with openjdk-17) as an oracle: compiles
 * test/corpus/LuceneOracle.java once per run and feeds it lines. `lucene` is null, with a
 * visible notice, when Java or the jars are absent; tests that need it are skipped then.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const JARS = '/usr/share/java';
const SOURCE = fileURLToPath(new URL('./LuceneOracle.java', import.meta.url));

function jar(prefix: string): string | null {
  if (!existsSync(JARS)) return null;
  const name = readdirSync(JARS).find((f) => f.startsWith(prefix) && /^[a-z-]+-\d[\d.]*\.jar$/.test(f));
  return name === undefined ? null : join(JARS, name);
}

function compile(): string | null {
  const jars = [jar('lucene-core-'), jar('lucene-analyzers-common-')];
  const hasJava = spawnSync('javac', ['-version']).status === 0 && spawnSync('java', ['-version']).status === 0;
  if (!hasJava || jars.includes(null)) {
    console.warn(
      '\n[oracle] NOTICE: Java or Lucene (openjdk-17-jdk-headless, liblucene8-java) is absent; the Lucene oracle tests are SKIPPED.\n',
    );
    return null;
  }
  const out = mkdtempSync(join(tmpdir(), 'lucene-oracle-'));
  const classpath = [...(jars as string[]), out].join(':');
  execFileSync('javac', ['-encoding', 'UTF-8', '-cp', classpath, '-d', out, SOURCE]);
  return classpath;
}

const classpath = compile();

/**
 * Runs the oracle over `lines` (no line may hold a line break); one output per line. `'stem'`:
 * each line as one token through Lucene's normalizer and stemmer; `'analyze'`: each line through
 * Lucene's ArabicAnalyzer with `stopwords`, its terms joined by spaces.
 */
export const lucene =
  classpath === null
    ? null
    : (mode: 'stem' | 'analyze', lines: readonly string[], stopwords: readonly string[] = []): string[] => {
        const args = ['-cp', classpath, 'LuceneOracle', mode];
        if (mode === 'analyze') {
          const file = join(mkdtempSync(join(tmpdir(), 'lucene-stop-')), 'stopwords.txt');
          writeFileSync(file, `${stopwords.join('\n')}\n`);
          args.push(file);
        }
        const r = spawnSync('java', args, {
          input: `${lines.join('\n')}\n`,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        });
        if (r.status !== 0) throw new Error(`LuceneOracle failed: ${r.stderr}`);
        const out = r.stdout.split('\n');
        out.pop();
        return out;
      };
