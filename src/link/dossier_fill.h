// Per-document parts of the dossier that need no corpus state: the
// DossierDocument fields (title, outlet with its evidence, url, publication date,
// languages, paragraphs, boilerplate with its text, size) and the document's
// quotes with their speakers' entities.
#ifndef STORYLINE_LINK_DOSSIER_FILL_H_
#define STORYLINE_LINK_DOSSIER_FILL_H_

#include <string>
#include <vector>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/dossier.h"

namespace storyline::link {

// The document's dossier record. Metadata wins over inference: the outlet comes
// from doc.outlet when set (no evidence), else from analysis.outlet with its
// evidence; the publication date from analysis.published, else doc.published
// (as metadata, not inferred). The title is doc.title, else the text of
// doc.title_span. copy_of and off_topic are left for the linker.
DossierDocument FillDocument(const Document& doc, const Analysis& analysis);

// The document's quotes. speaker_entity is "e<n>" for the entity of the mention
// that overlaps the speaker span (`mention_entities` holds the resolver index of
// each of analysis.mentions), else empty.
std::vector<DossierQuote> FillQuotes(const Document& doc, const Analysis& analysis,
                                     const std::vector<size_t>& mention_entities);

// "YYYY-MM-DD" publication day of the document, or empty.
std::string PublishedDay(const Document& doc, const Analysis& analysis);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_DOSSIER_FILL_H_
