// Loading of the quotes stage's TSV lists. Every file is "#" comments plus one
// entry per line, tab-separated columns; a missing file is an error naming it,
// because running without cue verbs would silently find nothing.
#include "src/extract/quotes/lexicon.h"

#include <fstream>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "src/extract/quotes/tokenizer.h"

namespace storyline::quotes {
namespace {

using Rows = std::vector<std::vector<std::string>>;

absl::StatusOr<Rows> ReadTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("quotes: cannot read " + path);
  Rows rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    rows.push_back(absl::StrSplit(line, '\t'));
  }
  return rows;
}

absl::Status ReadSet(const std::string& path, absl::flat_hash_set<std::string>* set) {
  ASSIGN_OR_RETURN(Rows rows, ReadTsv(path));
  for (const auto& row : rows) set->insert(absl::AsciiStrToLower(row[0]));
  return absl::OkStatus();
}

absl::StatusOr<CueKind> ParseCueKind(std::string_view name, const std::string& path) {
  if (name == "verb") return CueKind::kVerb;
  if (name == "according") return CueKind::kAccording;
  if (name == "citing") return CueKind::kCiting;
  if (name == "passive") return CueKind::kPassive;
  if (name == "addressee") return CueKind::kAddressee;
  return absl::InvalidArgumentError("quotes: unknown cue kind '" + std::string(name) + "' in " + path);
}

PronounKind ParsePronounKind(std::string_view name) {
  if (name == "person") return PronounKind::kPerson;
  if (name == "plural") return PronounKind::kPlural;
  if (name == "self") return PronounKind::kSelf;
  return PronounKind::kThing;
}

int CountWords(absl::string_view s) {
  std::vector<std::string> words = absl::StrSplit(s, ' ', absl::SkipEmpty());
  return static_cast<int>(words.size());
}

}  // namespace

absl::StatusOr<Lexicon> Lexicon::Load(const std::string& data_dir) {
  Lexicon lex;
  const std::string dir = data_dir + "/quotes/";
  // Derived list first: verbs only; the hand list then sets kinds explicitly.
  ASSIGN_OR_RETURN(Rows derived, ReadTsv(dir + "cues_polnear.tsv"));
  for (const auto& row : derived) lex.cues_[absl::AsciiStrToLower(row[0])] = CueKind::kVerb;
  ASSIGN_OR_RETURN(Rows manual, ReadTsv(dir + "cues.tsv"));
  for (const auto& row : manual) {
    if (row.size() < 2) return absl::InvalidArgumentError("quotes: cue needs a kind in " + dir + "cues.tsv");
    ASSIGN_OR_RETURN(CueKind kind, ParseCueKind(row[1], dir + "cues.tsv"));
    lex.cues_[absl::AsciiStrToLower(row[0])] = kind;
  }
  for (const auto& [phrase, kind] : lex.cues_) lex.cue_starts_.insert(phrase.substr(0, phrase.find(' ')));
  for (const std::string& word : lex.cue_starts_) {
    lex.cue_start_hashes_.insert(WordHash(word));
    lex.cue_start_filter_.Add(WordHash(word));
  }
  ASSIGN_OR_RETURN(Rows pronouns, ReadTsv(dir + "pronouns.tsv"));
  for (const auto& row : pronouns) {
    lex.pronouns_[row[0]] = ParsePronounKind(row.size() > 1 ? row[1] : "");
  }
  RETURN_IF_ERROR(ReadSet(dir + "anonymous_heads.tsv", &lex.anonymous_heads_));
  RETURN_IF_ERROR(ReadSet(dir + "np_stop.tsv", &lex.np_stop_));
  RETURN_IF_ERROR(ReadSet(dir + "cue_adverbs.tsv", &lex.cue_adverbs_));
  RETURN_IF_ERROR(ReadSet(dir + "titles.tsv", &lex.titles_));
  RETURN_IF_ERROR(ReadSet(dir + "abbreviations.tsv", &lex.abbreviations_));
  RETURN_IF_ERROR(ReadSet(dir + "signoffs.tsv", &lex.signoffs_));
  RETURN_IF_ERROR(ReadSet(dir + "nonspeaker_heads.tsv", &lex.nonspeaker_heads_));
  ASSIGN_OR_RETURN(Rows anonymity, ReadTsv(dir + "anonymity_phrases.tsv"));
  for (const auto& row : anonymity) lex.anonymity_phrases_.push_back(absl::AsciiStrToLower(row[0]));
  ASSIGN_OR_RETURN(Rows evidence, ReadTsv(dir + "evidence_cues.tsv"));
  for (const auto& row : evidence) {
    if (row.size() < 2 || (row[0] != "noun" && row[0] != "verb")) {
      return absl::InvalidArgumentError("quotes: evidence_cues.tsv needs 'noun|verb<TAB>word'");
    }
    const std::string word = absl::AsciiStrToLower(row[1]);
    (row[0] == "noun" ? lex.evidence_nouns_ : lex.evidence_verbs_).insert(WordHash(word));
    if (row[0] == "verb") lex.evidence_verb_filter_.Add(WordHash(word));
  }
  ASSIGN_OR_RETURN(Rows outlets, ReadTsv(data_dir + "/outlets.tsv"));
  for (const auto& row : outlets) {
    if (row.size() < 4) return absl::InvalidArgumentError("quotes: outlets.tsv needs 4 columns: " + row[0]);
    OutletEntry entry{row[0], row[2], row[3]};
    std::vector<std::string> variants = absl::StrSplit(row[1], '|', absl::SkipEmpty());
    variants.push_back(row[0]);
    for (const auto& v : variants) {
      lex.outlets_.emplace(v, entry);
      lex.outlet_starts_.insert(v.substr(0, v.find(' ')));
      lex.max_outlet_words_ = std::max(lex.max_outlet_words_, CountWords(v));
    }
  }
  ASSIGN_OR_RETURN(lex.cue_model_, CueModel::Load(dir + "cue_model.tsv"));
  lex.cue_model_.IndexLexicon(lex);
  return lex;
}

const CueKind* Lexicon::FindCue(std::string_view phrase) const {
  auto it = cues_.find(Key(phrase));
  return it == cues_.end() ? nullptr : &it->second;
}

const PronounKind* Lexicon::FindPronoun(std::string_view lower) const {
  auto it = pronouns_.find(Key(lower));
  return it == pronouns_.end() ? nullptr : &it->second;
}

const OutletEntry* Lexicon::FindOutlet(std::string_view variant) const {
  auto it = outlets_.find(Key(variant));
  return it == outlets_.end() ? nullptr : &it->second;
}

}  // namespace storyline::quotes
