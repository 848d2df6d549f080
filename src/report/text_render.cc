// PLACEHOLDER until the person-facing renderers land (same session).
#include "src/report/render.h"

namespace storyline::report {
std::string RenderText(const Dossier& dossier) { return RenderJson(dossier); }
std::string RenderMarkdown(const Dossier& dossier) { return RenderJson(dossier); }
}  // namespace storyline::report
