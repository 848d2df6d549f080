// Flat-object JSON scanner (why and contract in json_fast.h). A cursor over the
// line; every helper returns false to decline, never guesses.
#include "src/ingest/json_fast.h"

#include "src/core/utf8.h"

#include <cstdint>
#include <string>

namespace storyline::ingest {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  std::optional<nlohmann::json> Object() {
    nlohmann::json obj = nlohmann::json::object();
    SkipSpace();
    if (!Eat('{')) return std::nullopt;
    SkipSpace();
    if (Eat('}')) return End() ? std::optional(std::move(obj)) : std::nullopt;
    for (;;) {
      std::string key;
      if (!String(&key)) return std::nullopt;
      SkipSpace();
      if (!Eat(':')) return std::nullopt;
      SkipSpace();
      if (!Value(&obj[key])) return std::nullopt;
      SkipSpace();
      if (Eat('}')) return End() ? std::optional(std::move(obj)) : std::nullopt;
      if (!Eat(',')) return std::nullopt;
      SkipSpace();
    }
  }

 private:
  bool End() {
    SkipSpace();
    return i_ == s_.size();
  }
  void SkipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool Eat(char c) {
    if (i_ >= s_.size() || s_[i_] != c) return false;
    ++i_;
    return true;
  }
  bool Value(nlohmann::json* out) {
    if (s_.substr(i_, 4) == "null") {
      i_ += 4;
      *out = nullptr;
      return true;
    }
    std::string value;
    if (!String(&value)) return false;
    *out = std::move(value);
    return true;
  }
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    for (;;) {
      const size_t run = i_;
      while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\' &&
             static_cast<unsigned char>(s_[i_]) >= 0x20) {
        ++i_;
      }
      out->append(s_.data() + run, i_ - run);
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_++] == '"') return true;
      if (!Escape(out)) return false;
    }
  }
  bool Escape(std::string* out) {
    if (i_ >= s_.size()) return false;
    const char c = s_[i_++];
    switch (c) {
      case '"': case '\\': case '/': out->push_back(c); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': return Unicode(out);
      default: return false;
    }
  }
  bool Hex4(uint32_t* value) {
    if (i_ + 4 > s_.size()) return false;
    *value = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      const int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                  : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (d < 0) return false;
      *value = *value * 16 + d;
    }
    return true;
  }
  bool Unicode(std::string* out) {
    uint32_t cp = 0;
    if (!Hex4(&cp) || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {  // needs a low surrogate next
      uint32_t low = 0;
      if (!Eat('\\') || !Eat('u') || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(cp, out);
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

std::optional<nlohmann::json> ParseFlatObject(std::string_view line) {
  return Scanner(line).Object();
}

}  // namespace storyline::ingest
