#include "src/report/render.h"

#include <string>

namespace storyline::report {

absl::StatusOr<Format> ParseFormat(std::string_view name) {
  if (name == "text") return Format::kText;
  if (name == "markdown" || name == "md") return Format::kMarkdown;
  if (name == "json") return Format::kJson;
  return absl::InvalidArgumentError("unknown format '" + std::string(name) +
                                    "' (expected text, markdown or json)");
}

std::string Render(const Dossier& dossier, Format format) {
  switch (format) {
    case Format::kJson:
      return RenderJson(dossier);
    case Format::kMarkdown:
      return RenderMarkdown(dossier);
    case Format::kText:
      break;
  }
  return RenderText(dossier);
}

}  // namespace storyline::report
