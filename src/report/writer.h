// Writer: the few shapes a person-facing dossier is made of (headings, paragraphs,
// entries with a key, a text and detail lines), written as plain text or Markdown.
// Not thread-safe; one per rendering.
#ifndef STORYLINE_REPORT_WRITER_H_
#define STORYLINE_REPORT_WRITER_H_

#include <memory>
#include <string>
#include <vector>

namespace storyline::report {

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void Heading(int level, const std::string& text) = 0;  // level 1..3
  virtual void Paragraph(const std::string& text) = 0;
  // A keyed item: "2024-12-13  Russia withdrew ..." with indented detail lines.
  virtual void Entry(const std::string& key, const std::string& text,
                     const std::vector<std::string>& details) = 0;
  // Everything written so far.
  virtual std::string Finish() = 0;
};

std::unique_ptr<Writer> MakePlainWriter();
std::unique_ptr<Writer> MakeMarkdownWriter();

}  // namespace storyline::report

#endif  // STORYLINE_REPORT_WRITER_H_
