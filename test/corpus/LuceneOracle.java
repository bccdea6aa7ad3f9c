// The Lucene oracle of test/corpus/lucene.oracle.test.ts, written for this project: reads one
// string per line on stdin and writes, per line, what Lucene's own filters make of it.
//   java LuceneOracle stem   the string as one token through ArabicNormalizationFilter and
//                            ArabicStemFilter (Elasticsearch's arabic_normalization + arabic_stem)
//   java LuceneOracle analyze STOPFILE
//                            the line through Lucene's ArabicAnalyzer with the stop words of
//                            STOPFILE (one per line): its terms, separated by spaces
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class LuceneOracle {
  public static void main(String[] args) throws Exception {
    Analyzer analyzer;
    String separator;
    if (args.length == 1 && args[0].equals("stem")) {
      analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new ArabicStemFilter(new ArabicNormalizationFilter(source)));
        }
      };
      separator = "";
    } else if (args.length == 2 && args[0].equals("analyze")) {
      CharArraySet stopwords = new CharArraySet(Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8), false);
      analyzer = new ArabicAnalyzer(stopwords);
      separator = " ";
    } else {
      System.err.println("usage: LuceneOracle stem | LuceneOracle analyze STOPFILE");
      System.exit(2);
      return;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      StringBuilder terms = new StringBuilder();
      try (TokenStream ts = analyzer.tokenStream("f", line)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (terms.length() > 0) terms.append(separator);
          terms.append(term);
        }
        ts.end();
      }
      out.write(terms.toString());
      out.write('\n');
    }
    out.flush();
  }
}
