// ByteSpan: a standoff annotation, [begin, end) in bytes of a document's UTF-8
// text. Every stage reports its findings this way, so that
// `text.substr(begin, end - begin)` is always exactly the mention.
#ifndef STORYLINE_CORE_SPAN_H_
#define STORYLINE_CORE_SPAN_H_

#include <cstdint>
#include <string_view>

namespace storyline {

struct ByteSpan {
  uint32_t begin = 0;  // first byte, inclusive
  uint32_t end = 0;    // one past the last byte

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const ByteSpan& other) const {
    return begin <= other.begin && other.end <= end;
  }
  bool Overlaps(const ByteSpan& other) const {
    return begin < other.end && other.begin < end;
  }
  // The bytes this span covers in `text`. Precondition: end <= text.size().
  std::string_view Of(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

}  // namespace storyline

#endif  // STORYLINE_CORE_SPAN_H_
