// Normalizer implementation: one pass over the code points. Characters with a
// fixed replacement (quotes, dashes, spaces, zero-width) are emitted at once;
// the rest are grouped into NFKC segments (a segment starts at a code point with
// ICU's hasBoundaryBefore) and a segment goes through ICU only when it can change:
// a lone ASCII byte or a lone code point without a decomposition mapping is copied
// as is, which keeps English and Russian text off the slow path.
#include "src/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace storyline::text {
namespace {

// Builds the output and its map; owns the white-space collapsing state.
class Emitter {
 public:
  Emitter(bool keep_newlines, NormalizedText* out) : keep_newlines_(keep_newlines), out_(out) {}

  void Emit(char32_t c, uint32_t orig) {
    int fold = PunctuationFold(c);
    if (fold == 0) return;
    if (fold == ' ' || fold == '\n') {
      if (!pending_space_) ws_orig_ = orig;
      pending_space_ = true;
      pending_newline_ |= (fold == '\n' && keep_newlines_);
      return;
    }
    if (fold > 0) c = static_cast<char32_t>(fold);
    if (pending_space_ && !out_->text.empty()) Append(pending_newline_ ? '\n' : ' ', ws_orig_);
    pending_space_ = pending_newline_ = false;
    Append(c, orig);
  }

 private:
  void Append(char32_t c, uint32_t orig) {
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, c, error);
    (void)error;  // c is a valid code point, and 4 bytes always suffice
    out_->text.append(buf, len);
    out_->norm_to_orig.insert(out_->norm_to_orig.end(), len, orig);
  }

  bool keep_newlines_;
  NormalizedText* out_;
  bool pending_space_ = false;
  bool pending_newline_ = false;
  uint32_t ws_orig_ = 0;
};

const icu::Normalizer2* GetNfkc(bool fold_case) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = fold_case ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                        : icu::Normalizer2::getNFKCInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

}  // namespace

int PunctuationFold(char32_t c) {
  if (c < 0x80) {
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return '\n';
    if (c == ' ' || c == '\t') return ' ';
    return -1;
  }
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x0085: case 0x2028: case 0x2029:
      return '\n';
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return ' ';
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return 0;
    default:
      break;
  }
  if (c >= 0x2010 && c <= 0x2015) return '-';
  if (c >= 0x2000 && c <= 0x200A) return ' ';
  return -1;
}

ByteSpan NormalizedText::ToOriginal(uint32_t begin, uint32_t end) const {
  uint32_t b = norm_to_orig[begin];
  uint32_t e = norm_to_orig[end];
  // A span ending inside one segment would map to the segment's start: widen it.
  if (end > begin && e <= norm_to_orig[end - 1]) {
    uint32_t i = end;
    while (i < text.size() && norm_to_orig[i] == norm_to_orig[end - 1]) ++i;
    e = norm_to_orig[i];
  }
  return {b, e};
}

Normalizer::Normalizer(Options options) : options_(options) {}

namespace {

// One Normalize call: walks the input, grouping code points into NFKC segments.
class SegmentWalker {
 public:
  SegmentWalker(std::string_view input, const icu::Normalizer2* nfkc, bool fold,
                Emitter* emitter)
      : s_(input.data()), n_(static_cast<int32_t>(input.size())), nfkc_(nfkc), fold_(fold),
        emitter_(emitter) {}

  void Run() {
    for (int32_t i = 0; i < n_;) {
      const int32_t at = i;
      UChar32 c;
      U8_NEXT(s_, i, n_, c);
      if (c < 0) c = 0xFFFD;
      const bool special = PunctuationFold(c) != -1;
      if (special || c < 0x80 || nfkc_ == nullptr || nfkc_->hasBoundaryBefore(c)) {
        Flush();
        begin_ = at;
      }
      end_ = i;
      if (special) Flush();
    }
    Flush();
  }

 private:
  // Emits the pending segment [begin_, end_) and empties it.
  void Flush() {
    if (begin_ == end_) return;
    int32_t i = begin_;
    UChar32 first;
    U8_NEXT(s_, i, end_, first);
    const bool single = i == end_ && first >= 0;
    icu::UnicodeString decomposition;
    if (single && first < 0x80) {
      emitter_->Emit(fold_ && first >= 'A' && first <= 'Z' ? first + 32 : first, begin_);
    } else if (nfkc_ == nullptr || (single && !nfkc_->getDecomposition(first, decomposition))) {
      CopyThrough();
    } else {
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString normalized = nfkc_->normalize(
          icu::UnicodeString::fromUTF8(icu::StringPiece(s_ + begin_, end_ - begin_)), status);
      for (int32_t k = 0; k < normalized.length(); k = normalized.moveIndex32(k, 1)) {
        emitter_->Emit(normalized.char32At(k), begin_);
      }
    }
    begin_ = end_;
  }

  // The segment unchanged, each code point mapped to its own offset.
  void CopyThrough() {
    for (int32_t j = begin_; j < end_;) {
      const int32_t at = j;
      UChar32 c;
      U8_NEXT(s_, j, end_, c);
      emitter_->Emit(c < 0 ? 0xFFFD : c, static_cast<uint32_t>(at));
    }
  }

  const char* s_;
  const int32_t n_;
  const icu::Normalizer2* nfkc_;
  const bool fold_;
  Emitter* emitter_;
  int32_t begin_ = 0, end_ = 0;  // pending segment, input bytes
};

}  // namespace

NormalizedText Normalizer::Normalize(std::string_view input) const {
  NormalizedText out;
  out.text.reserve(input.size());
  out.norm_to_orig.reserve(input.size() + 1);
  Emitter emitter(options_.keep_newlines, &out);
  SegmentWalker(input, GetNfkc(options_.fold_case), options_.fold_case, &emitter).Run();
  out.norm_to_orig.push_back(static_cast<uint32_t>(input.size()));
  return out;
}

}  // namespace storyline::text
