// TimeML parsing by hand: the files are regular (no nested TIMEX3, no CDATA), so
// a tag scanner is enough and avoids an XML dependency in the bench.
#include "bench/time/timeml.h"

#include <fstream>
#include <sstream>

namespace storyline::bench {
namespace {

std::string Attr(const std::string& tag, const std::string& name) {
  size_t p = tag.find(" " + name + "=\"");
  if (p == std::string::npos) return "";
  p += name.size() + 3;
  size_t e = tag.find('"', p);
  return e == std::string::npos ? "" : tag.substr(p, e - p);
}

}  // namespace

bool ReadTimeml(const std::string& path, TimemlDoc* doc) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  doc->path = path;
  size_t dct = xml.find("<DCT>");
  if (dct != std::string::npos) {
    size_t tag_end = xml.find('>', xml.find("<TIMEX3", dct));
    doc->dct = Attr(xml.substr(dct, tag_end - dct), "value").substr(0, 10);
  }
  size_t begin = xml.find("<TEXT>");
  size_t end = xml.find("</TEXT>");
  if (begin == std::string::npos || end == std::string::npos) return false;
  Timex open;
  bool in_timex = false;
  for (size_t i = begin + 6; i < end;) {
    if (xml[i] != '<') {
      doc->text.push_back(xml[i++]);
      continue;
    }
    size_t close = xml.find('>', i);
    std::string tag = xml.substr(i, close - i + 1);
    if (tag.rfind("<TIMEX3", 0) == 0) {
      open = {};
      open.span.begin = static_cast<uint32_t>(doc->text.size());
      open.type = ParseTimexType(Attr(tag, "type"));
      open.value = Attr(tag, "value");
      in_timex = true;
    } else if (tag == "</TIMEX3>" && in_timex) {
      open.span.end = static_cast<uint32_t>(doc->text.size());
      doc->gold.push_back(open);
      in_timex = false;
    }
    i = close + 1;
  }
  return true;
}

}  // namespace storyline::bench
