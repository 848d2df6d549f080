// Renderers: a Dossier as JSON (the contract), plain text or Markdown for a person.
// Pure functions of the dossier; safe from any thread.
#ifndef STORYLINE_REPORT_RENDER_H_
#define STORYLINE_REPORT_RENDER_H_

#include <string>
#include <string_view>

#include "src/core/dossier.h"
#include "src/core/status.h"

namespace storyline::report {

enum class Format { kText, kMarkdown, kJson };

// "text", "markdown" (or "md"), "json"; InvalidArgument otherwise.
absl::StatusOr<Format> ParseFormat(std::string_view name);

std::string RenderJson(const Dossier& dossier);
std::string RenderText(const Dossier& dossier);
std::string RenderMarkdown(const Dossier& dossier);
std::string Render(const Dossier& dossier, Format format);

}  // namespace storyline::report

#endif  // STORYLINE_REPORT_RENDER_H_
