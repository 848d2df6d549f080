#include "src/serve/live_ingest.h"

#include <tbb/parallel_for.h>

#include <charconv>
#include <chrono>
#include <iostream>
#include <unordered_set>
#include <utility>

#include "src/extract/document_analyzer.h"
#include "src/ingest/reader.h"
#include "src/link/linker.h"
#include "src/store/store.h"

namespace storyline::serve {
namespace {

// Names the body in messages ("body:3" = line 3, "body[2]" = array item 2) and
// prefixes derived ids, so the same text posted twice gets the same id.
constexpr char kSource[] = "body";
constexpr char kStem[] = "api";

// The stored dossier lags the live one by at most this plus one save.
constexpr std::chrono::seconds kMinSaveInterval(5);

// The item's 0-based position from the reader's source name.
size_t IndexOf(const std::string& source) {
  size_t index = 0;
  const size_t mark = source.find_first_of(":[", sizeof(kSource) - 1);
  if (mark == std::string::npos) return 0;
  const char* begin = source.data() + mark + 1;
  std::from_chars(begin, source.data() + source.size(), index);
  return source[mark] == ':' && index > 0 ? index - 1 : index;
}

// The reader reports every problem as a skipped item; a line that is not JSON
// at all (or too long to read) makes the whole body suspect, unlike an item
// that is JSON but not an article. The reader's messages are its interface here:
// ReadIssue has no machine-readable kind (see the report).
bool IsSyntaxError(const std::string& reason) {
  return reason.rfind("invalid JSON", 0) == 0 || reason.find("over the limit") != std::string::npos;
}

struct ParsedBody {
  std::vector<Document> docs;
  std::vector<ItemError> item_errors;
  std::vector<ItemError> syntax_errors;
};

ParsedBody Parse(std::string_view body) {
  ParsedBody parsed;
  ingest::ReaderOptions options;
  options.max_file_bytes = body.size() + 1;  // the HTTP layer already capped the body
  ingest::ParseBuffer(
      ingest::Format::kJson, body, kSource, kStem, options,
      [&](Document doc) { parsed.docs.push_back(std::move(doc)); },
      [&](const ingest::ReadIssue& issue) {
        if (!issue.skipped) return;  // warnings (repaired UTF-8): the article still goes in
        ItemError error{IndexOf(issue.source), issue.source + ": " + issue.reason};
        (IsSyntaxError(issue.reason) ? parsed.syntax_errors : parsed.item_errors)
            .push_back(std::move(error));
      });
  return parsed;
}

bool IsBlankBody(std::string_view body) {
  return body.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Keeps the documents that are neither stored nor repeated earlier in `docs`
// (the store dedups by id and by text hash; so does this).
absl::StatusOr<std::vector<Document>> DropKnown(std::vector<Document> docs, store::Store& db,
                                               size_t* duplicates) {
  std::unordered_set<std::string> ids;
  std::unordered_set<uint64_t> hashes;
  std::vector<Document> fresh;
  for (auto& doc : docs) {
    ASSIGN_OR_RETURN(bool known, db.Contains(doc));
    if (known || !ids.insert(doc.id).second || !hashes.insert(doc.content_hash).second) {
      ++*duplicates;
      continue;
    }
    fresh.push_back(std::move(doc));
  }
  return fresh;
}

}  // namespace

LiveIngest::~LiveIngest() {
  if (!saver_.joinable()) return;
  {
    std::lock_guard lock(save_mu_);
    stopping_ = true;
  }
  save_cv_.notify_all();
  saver_.join();  // saves what is still queued first
}

absl::StatusOr<std::unique_ptr<LiveIngest>> LiveIngest::Create(const std::string& db,
                                                               const std::string& data_dir) {
  std::unique_ptr<LiveIngest> live(new LiveIngest());
  ASSIGN_OR_RETURN(live->store_, store::Store::Open(db));
  ASSIGN_OR_RETURN(live->analyzer_, DocumentAnalyzer::Load(data_dir));
  ASSIGN_OR_RETURN(live->linker_, link::Linker::Create({data_dir}));
  RETURN_IF_ERROR(live->store_->ForEachDocument([&](const Document& doc, const Analysis& analysis) {
    live->linker_->Add(doc, analysis);
    ++live->replayed_;
  }));
  live->saver_ = std::thread([raw = live.get()] { raw->SaveLoop(); });
  return live;
}

PostResult LiveIngest::Post(std::string_view body) {
  PostResult result;
  if (IsBlankBody(body)) {
    result.status = 400;
    result.error = "empty body: send a JSON article object, an array of them, or JSON lines";
    return result;
  }
  ParsedBody parsed = Parse(body);
  result.errors = std::move(parsed.item_errors);
  if (!parsed.syntax_errors.empty()) {
    result.status = 400;
    result.error = parsed.syntax_errors.front().reason + "; nothing was added";
    result.errors = std::move(parsed.syntax_errors);
    return result;
  }

  // Known articles are not analyzed at all: a re-posted feed costs only lookups.
  std::vector<store::AnalyzedDocument> batch;
  {
    std::lock_guard lock(store_mu_);
    auto fresh = DropKnown(std::move(parsed.docs), *store_, &result.duplicates);
    if (!fresh.ok()) {
      result.status = 500;
      result.error = std::string(fresh.status().message());
      return result;
    }
    for (auto& doc : *fresh) batch.push_back({std::move(doc), Analysis{}});
  }
  tbb::parallel_for(size_t{0}, batch.size(), [&](size_t i) {
    batch[i].analysis = analyzer_->Analyze(batch[i].document);
  });

  std::lock_guard lock(mu_);  // held until linked: the linker sees the store's order
  std::unique_lock store_lock(store_mu_);
  // Another request may have stored the same article while this one analyzed
  // (the body's own repeats were dropped above).
  std::vector<store::AnalyzedDocument> to_store;
  for (auto& item : batch) {
    auto known = store_->Contains(item.document);
    if (!known.ok()) {
      result.status = 500;
      result.error = std::string(known.status().message()) + "; nothing was added";
      return result;
    }
    if (*known) {
      ++result.duplicates;
    } else {
      to_store.push_back(std::move(item));
    }
  }
  // Stored first, linked after: a failed commit leaves the linker as the store is.
  auto added = store_->AddBatch(to_store);
  if (!added.ok()) {
    result.status = 500;
    result.error = std::string(added.status().message()) + "; nothing was added";
    return result;
  }
  store_lock.unlock();
  for (const auto& item : to_store) {
    linker_->Add(item.document, item.analysis);
    result.ids.push_back(item.document.id);
  }
  result.added = to_store.size();
  if (result.added > 0) version_.fetch_add(1, std::memory_order_release);
  return result;
}

std::shared_ptr<const Dossier> LiveIngest::RebuildLocked(uint64_t version) {
  auto built = std::make_shared<const Dossier>(linker_->BuildDossier());
  {
    std::lock_guard cache_lock(cache_mu_);
    cache_ = built;
    cache_version_ = version;
  }
  std::lock_guard save_lock(save_mu_);
  if (saved_version_ != version) {
    pending_ = built;
    pending_version_ = version;
    save_cv_.notify_all();
  }
  return built;
}

void LiveIngest::SaveLoop() {
  std::unique_lock lock(save_mu_);
  while (true) {
    save_cv_.wait(lock, [&] { return pending_ != nullptr || stopping_; });
    if (pending_ == nullptr) return;  // stopping with nothing left to save
    std::shared_ptr<const Dossier> dossier = std::move(pending_);
    const uint64_t version = pending_version_;
    saving_ = true;
    saving_version_ = version;
    lock.unlock();
    absl::Status saved;
    {
      std::lock_guard store_lock(store_mu_);
      saved = store_->SaveDossier(*dossier);
    }
    // The dossier in memory is still right; the next rebuild or Flush() retries.
    if (!saved.ok()) std::cerr << "warning: dossier not saved: " << saved.message() << "\n";
    lock.lock();
    saving_ = false;
    last_save_ = saved;
    if (saved.ok()) saved_version_ = version;
    save_cv_.notify_all();
    // A save holds the store as long as a rebuild takes: under a stream of
    // posts and reads, saving every rebuild would stall every POST behind it.
    // Waiting coalesces the rebuilds of the interval into one save of the newest.
    save_cv_.wait_for(lock, kMinSaveInterval, [&] { return stopping_ || flushing_; });
  }
}

std::shared_ptr<const Dossier> LiveIngest::Current() {
  {
    std::lock_guard cache_lock(cache_mu_);
    if (cache_version_ == version_.load(std::memory_order_acquire)) return cache_;
  }
  std::lock_guard lock(mu_);
  const uint64_t version = version_.load(std::memory_order_acquire);  // stable under mu_
  {
    std::lock_guard cache_lock(cache_mu_);  // another reader may have built it meanwhile
    if (cache_version_ == version) return cache_;
  }
  return RebuildLocked(version);
}

absl::Status LiveIngest::Flush() {
  std::lock_guard lock(mu_);  // no POST can add while flushing
  const uint64_t version = version_.load(std::memory_order_acquire);
  bool queued = false;
  {
    std::lock_guard save_lock(save_mu_);
    queued = saved_version_ == version || (pending_ != nullptr && pending_version_ == version) ||
             (saving_ && saving_version_ == version);
  }
  if (!queued) RebuildLocked(version);
  std::unique_lock save_lock(save_mu_);
  flushing_ = true;  // the saver skips its pause
  save_cv_.notify_all();
  save_cv_.wait(save_lock, [&] { return pending_ == nullptr && !saving_; });
  flushing_ = false;
  return saved_version_ == version ? absl::OkStatus() : last_save_;
}

}  // namespace storyline::serve
