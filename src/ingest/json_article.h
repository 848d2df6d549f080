// One JSON object -> one Document. Field rules:
//   text      required, a non-blank string; otherwise the item is skipped
//   id        a string, or an integer (written in decimal); when missing, empty or
//             of another type, the id is derived from the content:
//             "<stem>-<16 hex digits of ContentHash(text)>". A content hash, not
//             a line number, so the id survives lines being added, removed or
//             reordered, and the same text read twice gets the same id (re-reading
//             changes nothing downstream).
//   title, outlet, url, language   optional strings; another type -> warning, ignored
//   published optional ISO 8601 date or datetime (iso_date.h); anything else ->
//             warning, ignored (a wrong date is worse than none)
// Unknown fields are ignored. The title is metadata: when the text itself starts
// with it (followed by a line break), title_span marks it and body follows it.
#ifndef STORYLINE_INGEST_JSON_ARTICLE_H_
#define STORYLINE_INGEST_JSON_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "src/core/document.h"

namespace storyline::ingest {

// Fills `doc` (except `source`) from `obj`, moving the text out of it (so `obj`
// is consumed). Returns the reason to skip the item, or nullopt; non-fatal
// problems are appended to `warnings`. Never throws.
std::optional<std::string> ArticleFromJson(nlohmann::json& obj, const std::string& stem,
                                           Document* doc, std::vector<std::string>* warnings);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_JSON_ARTICLE_H_
