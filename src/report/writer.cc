#include "src/report/writer.h"

#include <fmt/format.h>

namespace storyline::report {
namespace {

// Plain text for a terminal: underlined headings, keys in a column of their own.
class PlainWriter : public Writer {
 public:
  void Heading(int level, const std::string& text) override {
    if (!out_.empty()) out_ += "\n";
    out_ += text + "\n";
    if (level <= 2) out_ += std::string(std::min<size_t>(text.size(), 78), level == 1 ? '=' : '-') + "\n";
  }
  void Paragraph(const std::string& text) override { out_ += text + "\n"; }
  void Entry(const std::string& key, const std::string& text,
             const std::vector<std::string>& details) override {
    out_ += fmt::format("  {:<12} {}\n", key, text);
    for (const auto& d : details) out_ += fmt::format("  {:<12}   {}\n", "", d);
  }
  std::string Finish() override { return std::move(out_); }

 private:
  std::string out_;
};

// Markdown: '#' headings, entries as bullet items with nested detail bullets.
class MarkdownWriter : public Writer {
 public:
  void Heading(int level, const std::string& text) override {
    if (!out_.empty()) out_ += "\n";
    out_ += std::string(level, '#') + " " + text + "\n\n";
  }
  void Paragraph(const std::string& text) override { out_ += text + "\n\n"; }
  void Entry(const std::string& key, const std::string& text,
             const std::vector<std::string>& details) override {
    out_ += fmt::format("- **{}** {}\n", key, text);
    for (const auto& d : details) out_ += "  - " + d + "\n";
  }
  std::string Finish() override { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

std::unique_ptr<Writer> MakePlainWriter() { return std::make_unique<PlainWriter>(); }
std::unique_ptr<Writer> MakeMarkdownWriter() { return std::make_unique<MarkdownWriter>(); }

}  // namespace storyline::report
