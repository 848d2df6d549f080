#include "src/cli/pipeline.h"

#include <tbb/parallel_for.h>
#include <unistd.h>

#include <chrono>
#include <fmt/format.h>

#include "src/core/data_dir.h"
#include "src/extract/document_analyzer.h"
#include "src/ingest/reader.h"
#include "src/link/linker.h"
#include "src/store/store.h"

namespace storyline::cli {
namespace {

// Progress goes to stderr only when a person is watching it.
class Progress {
 public:
  Progress(bool quiet, std::ostream& err) : enabled_(!quiet && isatty(STDERR_FILENO)), err_(err) {}
  void Update(const PipelineStats& stats) {
    if (!enabled_) return;
    err_ << fmt::format("\r  read {:>8}  stored {:>8}  duplicates {:>6}  problems {:>5}",
                        stats.read, stats.added, stats.duplicates, stats.problems)
         << std::flush;
  }
  void Done() {
    if (enabled_) err_ << "\n";
  }

 private:
  bool enabled_;
  std::ostream& err_;
};

// Analyzes the new documents of one batch on all cores and stores them in one
// transaction.
absl::Status ProcessBatch(std::vector<Document>& batch, const DocumentAnalyzer& analyzer,
                          store::Store& db, PipelineStats& stats) {
  std::vector<store::AnalyzedDocument> analyzed;
  analyzed.reserve(batch.size());
  for (auto& doc : batch) {
    ASSIGN_OR_RETURN(bool known, db.Contains(doc));
    if (known) {
      ++stats.duplicates;
      continue;
    }
    analyzed.push_back({std::move(doc), Analysis{}});
  }
  batch.clear();
  tbb::parallel_for(size_t{0}, analyzed.size(), [&](size_t i) {
    analyzed[i].analysis = analyzer.Analyze(analyzed[i].document);
  });
  ASSIGN_OR_RETURN(int added, db.AddBatch(analyzed));
  stats.added += added;
  // Same id or same text twice inside one batch: the store kept the first.
  stats.duplicates += analyzed.size() - added;
  return absl::OkStatus();
}

absl::Status Relink(const std::string& data_dir, store::Store& db) {
  ASSIGN_OR_RETURN(auto linker, link::Linker::Create({data_dir}));
  RETURN_IF_ERROR(db.ForEachDocument(
      [&](const Document& doc, const Analysis& analysis) { linker->Add(doc, analysis); }));
  return db.SaveDossier(linker->BuildDossier());
}

}  // namespace

absl::StatusOr<PipelineStats> RunPipeline(const std::vector<std::string>& paths,
                                          const PipelineOptions& options, std::ostream& err,
                                          Dossier* dossier) {
  const auto start = std::chrono::steady_clock::now();
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  ASSIGN_OR_RETURN(auto analyzer, DocumentAnalyzer::Load(data_dir));
  ASSIGN_OR_RETURN(auto db, store::Store::Open(options.db));

  PipelineStats stats;
  Progress progress(options.quiet, err);
  std::vector<Document> batch;
  absl::Status failure;
  auto on_document = [&](Document doc) {
    ++stats.read;
    batch.push_back(std::move(doc));
    if (batch.size() >= options.batch_size && failure.ok()) {
      failure = ProcessBatch(batch, *analyzer, *db, stats);
      progress.Update(stats);
    }
  };
  auto on_issue = [&](const ingest::ReadIssue& issue) {
    ++(issue.skipped ? stats.problems : stats.warnings);
    if (!options.quiet || issue.skipped) {
      err << (issue.skipped ? "error: " : "warning: ") << issue.source << ": " << issue.reason
          << "\n";
    }
  };
  ingest::ReadPaths(paths, ingest::ReaderOptions{}, on_document, on_issue);
  if (failure.ok() && !batch.empty()) failure = ProcessBatch(batch, *analyzer, *db, stats);
  RETURN_IF_ERROR(failure);
  progress.Update(stats);
  progress.Done();
  // Linking replays every stored document (seconds for a thousand): skipped when
  // nothing new was stored since the saved dossier, as when a folder is fed again.
  if (options.link) {
    ASSIGN_OR_RETURN(bool current, db->DossierIsCurrent());
    if (!current || options.relink) {
      RETURN_IF_ERROR(Relink(data_dir, *db));
      stats.linked = true;
    }
  }
  if (dossier != nullptr) {
    ASSIGN_OR_RETURN(*dossier, db->LoadDossier());
  }
  stats.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

absl::StatusOr<Dossier> LoadDossier(const std::string& db_path) {
  ASSIGN_OR_RETURN(auto db, store::Store::Open(db_path));
  return db->LoadDossier();
}

}  // namespace storyline::cli
