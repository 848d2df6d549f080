// Record layout (all integers LEB128 varints, signed ones zigzag-coded):
//   format
//   paragraphs  n × (span, language)        sentences  n × (span, paragraph)
//   tokens      n × span                     languages  n × string
//   boilerplate n × (span, reason)           off_topic  n × (span, reason)
//   timexes     n × (span, type name, value) mentions   n × (span, type name, f32)
//   quotes      n × (content span, flags, [speaker span], [cue span], speaker_name,
//                    language, chain n × string)
//   published (date, inferred, f32 confidence, evidence), outlet, outlet_evidence
// A span is (begin - previous begin in the same list, end - begin); strings are
// (length, bytes). Enum values are stored by name so reordering the C++ enums
// cannot change what an old record means.
#include "src/store/analysis_codec.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace storyline::store {
namespace {

constexpr uint64_t kSpeakerBit = 1, kCueBit = 2, kAnonymousBit = 4, kDirectBit = 8;

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void Signed(int64_t v) { Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void String(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  void Float(float f) {
    const uint32_t bits = std::bit_cast<uint32_t>(f);
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>(bits >> (8 * i)));
  }
  // Delta-codes against `prev` (the previous span's begin in the same list).
  void Span(const ByteSpan& span, uint32_t& prev) {
    Signed(int64_t{span.begin} - prev);
    Signed(int64_t{span.end} - span.begin);
    prev = span.begin;
  }

 private:
  std::string& out_;
};

// Reads with bounds checks; the first failure sticks and later reads return 0.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == in_.size(); }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && ok_; shift += 7) {
      if (pos_ >= in_.size()) return Fail();
      const auto byte = static_cast<uint8_t>(in_[pos_++]);
      v |= uint64_t{byte & 0x7fu} << shift;
      if (byte < 0x80) return v;
    }
    return Fail();
  }
  int64_t Signed() {
    const uint64_t v = Varint();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  uint32_t U32() {
    const uint64_t v = Varint();
    return v > UINT32_MAX ? static_cast<uint32_t>(Fail()) : static_cast<uint32_t>(v);
  }
  // A count of elements that each take at least one byte: bounded by what is left.
  size_t Count() {
    const uint64_t n = Varint();
    return n > in_.size() - pos_ ? static_cast<size_t>(Fail()) : static_cast<size_t>(n);
  }
  std::string String() {
    const size_t n = Count();
    if (!ok_) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  float Float() {
    if (in_.size() - pos_ < 4) return static_cast<float>(Fail());
    uint32_t bits = 0;
    for (int i = 0; i < 4; ++i) bits |= uint32_t{static_cast<uint8_t>(in_[pos_++])} << (8 * i);
    return std::bit_cast<float>(bits);
  }
  ByteSpan Span(uint32_t& prev) {
    const int64_t begin = int64_t{prev} + Signed();
    const int64_t end = begin + Signed();
    if (begin < 0 || begin > UINT32_MAX || end < 0 || end > UINT32_MAX) return Fail(), ByteSpan{};
    prev = static_cast<uint32_t>(begin);
    return ByteSpan{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// Writes `items` as a count followed by `each(writer, item, prev_begin)`.
template <typename T, typename F>
void PutList(Writer& w, const std::vector<T>& items, F each) {
  w.Varint(items.size());
  uint32_t prev = 0;
  for (const T& item : items) each(item, prev);
}

template <typename T, typename F>
void GetList(Reader& r, std::vector<T>& items, F each) {
  const size_t n = r.Count();
  items.resize(n);
  uint32_t prev = 0;
  for (size_t i = 0; i < n && r.ok(); ++i) each(items[i], prev);
}

void PutQuote(Writer& w, const Quote& q, uint32_t& prev) {
  w.Span(q.content, prev);
  w.Varint((q.speaker ? kSpeakerBit : 0) | (q.cue ? kCueBit : 0) |
           (q.anonymous ? kAnonymousBit : 0) | (q.direct ? kDirectBit : 0));
  uint32_t anchor = q.content.begin;
  if (q.speaker) w.Span(*q.speaker, anchor);
  anchor = q.content.begin;
  if (q.cue) w.Span(*q.cue, anchor);
  w.String(q.speaker_name);
  w.String(q.language);
  PutList(w, q.chain, [&](const std::string& s, uint32_t&) { w.String(s); });
}

void GetQuote(Reader& r, Quote& q, uint32_t& prev) {
  q.content = r.Span(prev);
  const uint64_t flags = r.Varint();
  uint32_t anchor = q.content.begin;
  if (flags & kSpeakerBit) q.speaker = r.Span(anchor);
  anchor = q.content.begin;
  if (flags & kCueBit) q.cue = r.Span(anchor);
  q.anonymous = flags & kAnonymousBit;
  q.direct = flags & kDirectBit;
  q.speaker_name = r.String();
  q.language = r.String();
  GetList(r, q.chain, [&](std::string& s, uint32_t&) { s = r.String(); });
}

void PutFlagged(Writer& w, const std::vector<FlaggedSpan>& spans) {
  PutList(w, spans, [&](const FlaggedSpan& f, uint32_t& prev) {
    w.Span(f.span, prev);
    w.String(f.reason);
  });
}

void GetFlagged(Reader& r, std::vector<FlaggedSpan>& spans) {
  GetList(r, spans, [&](FlaggedSpan& f, uint32_t& prev) {
    f.span = r.Span(prev);
    f.reason = r.String();
  });
}

void PutSpans(Writer& w, const Analysis& a) {
  PutList(w, a.paragraphs, [&](const Paragraph& p, uint32_t& prev) {
    w.Span(p.span, prev);
    w.String(p.language);
  });
  PutList(w, a.sentences, [&](const Sentence& s, uint32_t& prev) {
    w.Span(s.span, prev);
    w.Varint(s.paragraph);
  });
  PutList(w, a.tokens, [&](const Token& t, uint32_t& prev) { w.Span(t.span, prev); });
  PutList(w, a.languages, [&](const std::string& s, uint32_t&) { w.String(s); });
  PutFlagged(w, a.boilerplate);
  PutFlagged(w, a.off_topic);
}

void GetSpans(Reader& r, Analysis& a) {
  GetList(r, a.paragraphs, [&](Paragraph& p, uint32_t& prev) {
    p.span = r.Span(prev);
    p.language = r.String();
  });
  GetList(r, a.sentences, [&](Sentence& s, uint32_t& prev) {
    s.span = r.Span(prev);
    s.paragraph = r.U32();
  });
  GetList(r, a.tokens, [&](Token& t, uint32_t& prev) { t.span = r.Span(prev); });
  GetList(r, a.languages, [&](std::string& s, uint32_t&) { s = r.String(); });
  GetFlagged(r, a.boilerplate);
  GetFlagged(r, a.off_topic);
}

void PutFindings(Writer& w, const Analysis& a) {
  PutList(w, a.timexes, [&](const Timex& t, uint32_t& prev) {
    w.Span(t.span, prev);
    w.String(TimexTypeName(t.type));
    w.String(t.value);
  });
  PutList(w, a.mentions, [&](const Mention& m, uint32_t& prev) {
    w.Span(m.span, prev);
    w.String(EntityTypeName(m.type));
    w.Float(m.confidence);
  });
  PutList(w, a.quotes, [&](const Quote& q, uint32_t& prev) { PutQuote(w, q, prev); });
  w.String(a.published.date);
  w.Varint(a.published.inferred ? 1 : 0);
  w.Float(a.published.confidence);
  w.String(a.published.evidence);
  w.String(a.outlet);
  w.String(a.outlet_evidence);
}

void GetFindings(Reader& r, Analysis& a) {
  GetList(r, a.timexes, [&](Timex& t, uint32_t& prev) {
    t.span = r.Span(prev);
    t.type = ParseTimexType(r.String());
    t.value = r.String();
  });
  GetList(r, a.mentions, [&](Mention& m, uint32_t& prev) {
    m.span = r.Span(prev);
    m.type = ParseEntityType(r.String());
    m.confidence = r.Float();
  });
  GetList(r, a.quotes, [&](Quote& q, uint32_t& prev) { GetQuote(r, q, prev); });
  a.published.date = r.String();
  a.published.inferred = r.Varint() != 0;
  a.published.confidence = r.Float();
  a.published.evidence = r.String();
  a.outlet = r.String();
  a.outlet_evidence = r.String();
}

}  // namespace

void EncodeAnalysis(const Analysis& analysis, std::string& out) {
  out.clear();
  Writer w(out);
  w.Varint(kAnalysisFormat);
  PutSpans(w, analysis);
  PutFindings(w, analysis);
}

absl::StatusOr<Analysis> DecodeAnalysis(std::string_view bytes) {
  Reader r(bytes);
  const uint64_t format = r.Varint();
  if (!r.ok() || format != kAnalysisFormat) {
    return absl::DataLossError("analysis record has unknown format " + std::to_string(format));
  }
  Analysis analysis;
  GetSpans(r, analysis);
  GetFindings(r, analysis);
  if (!r.ok()) return absl::DataLossError("analysis record is truncated or damaged");
  if (!r.AtEnd()) return absl::DataLossError("analysis record has trailing bytes");
  return analysis;
}

}  // namespace storyline::store
