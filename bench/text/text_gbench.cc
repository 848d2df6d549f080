// Google Benchmark for the text layer on a synthetic article (invented sentences
// with the seeds' difficulties: abbreviations, curly quotes, a Cyrillic quote, a
// sign-off and a trailing headline). BM_TokensHand vs BM_TokensIcuWord is the
// measurement behind the hand-written tokenizer.
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include <benchmark/benchmark.h>

#include "src/text/language_id.h"
#include "src/text/normalizer.h"
#include "src/text/segmenter.h"
#include "src/text/text_analyzer.h"

namespace storyline::text {
namespace {

std::string SyntheticArticle(int paragraphs) {
  const char* kParagraphs[] = {
      "On Dec. 15, U.S. officials said Gen. Moreau had left the coastal base with 300 troops.",
      "“The talks were constructive,” the deputy minister told reporters on Friday. He gave no date.",
      "An envoy added: «Это вопрос будущих переговоров, решение пока не принято». Nobody replied.",
      "Satellite images from Jan. 18 and 27 showed two cargo ships loading equipment at the port.",
      "The group, known as al-Sham, now controls the capital’s northern districts—both roads and rail.",
  };
  std::string text = "Troops leave the southern bases\n";
  for (int i = 0; i < paragraphs; ++i) {
    text += kParagraphs[i % 5];
    text += '\n';
  }
  text += "With wires\nMarkets steady as traders weigh the new sanctions\n";
  return text;
}

Document SyntheticDoc() {
  Document doc;
  doc.text = SyntheticArticle(40);
  doc.title_span = {0, 31};
  doc.body = {32, static_cast<uint32_t>(doc.text.size())};
  return doc;
}

void BM_Analyze(benchmark::State& state) {
  const Document doc = SyntheticDoc();
  TextAnalyzer analyzer;
  for (auto _ : state) {
    Analysis a;
    analyzer.Analyze(doc, &a);
    benchmark::DoNotOptimize(a.tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * doc.text.size());
}
BENCHMARK(BM_Analyze);

void BM_Normalize(benchmark::State& state) {
  const std::string text = SyntheticArticle(40);
  Normalizer normalizer({.fold_case = state.range(0) != 0});
  for (auto _ : state) benchmark::DoNotOptimize(normalizer.Normalize(text).text.data());
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Normalize)->Arg(0)->Arg(1);

void BM_Sentences(benchmark::State& state) {
  const Document doc = SyntheticDoc();
  Segmenter segmenter;
  std::vector<Paragraph> paragraphs;
  segmenter.Paragraphs(doc, &paragraphs);
  for (auto _ : state) {
    std::vector<Sentence> sentences;
    segmenter.Sentences(doc.text, paragraphs, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * doc.text.size());
}
BENCHMARK(BM_Sentences);

void BM_TokensHand(benchmark::State& state) {
  const std::string text = SyntheticArticle(40);
  for (auto _ : state) {
    std::vector<Token> tokens;
    Segmenter::Tokens(text, {0, static_cast<uint32_t>(text.size())}, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_TokensHand);

// ICU word breaks over the same UTF-8 (UText, no UTF-16 copy), keeping the
// segments that are not white space: what the hand scanner replaces.
void BM_TokensIcuWord(benchmark::State& state) {
  const std::string text = SyntheticArticle(40);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  for (auto _ : state) {
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
    it->setText(&ut, status);
    std::vector<Token> tokens;
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
      if (text[start] != ' ' && text[start] != '\n') {
        tokens.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(end)}});
      }
    }
    utext_close(&ut);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_TokensIcuWord);

void BM_Languages(benchmark::State& state) {
  const Document doc = SyntheticDoc();
  Segmenter segmenter;
  LanguageIdentifier languages;
  std::vector<Paragraph> paragraphs;
  segmenter.Paragraphs(doc, &paragraphs);
  for (auto _ : state) {
    std::vector<std::string> found;
    languages.Annotate(doc.text, &paragraphs, &found);
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(state.iterations() * doc.text.size());
}
BENCHMARK(BM_Languages);

// CLD2 alone, one call on the whole article with per-chunk results: the cost
// floor of language id.
void BM_Cld2WholeWithChunks(benchmark::State& state) {
  const std::string text = SyntheticArticle(40);
  for (auto _ : state) {
    CLD2::Language language3[3];
    int percent3[3], text_bytes;
    double scores[3];
    bool reliable;
    CLD2::ResultChunkVector chunks;
    CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, nullptr, 0,
                                   language3, percent3, scores, &chunks, &text_bytes, &reliable);
    benchmark::DoNotOptimize(chunks.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Cld2WholeWithChunks);

}  // namespace
}  // namespace storyline::text

BENCHMARK_MAIN();
