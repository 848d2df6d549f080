// LiveIngest: the write side of `storyline serve --ingest`. Holds ONE long-lived
// link::Linker, filled at start-up by replaying the store once; each POSTed
// article is then analyzed, stored and added to it, so an update costs one
// analysis and one Linker::Add instead of the batch pipeline's full replay.
//
// The dossier is rebuilt lazily: a read rebuilds it only when articles were
// added since the last build; otherwise it gets the cached one for the price of
// a mutex-held shared_ptr copy. A rebuilt dossier is saved to the store (so a
// restarted read-only server sees it) by a background thread, off the read's
// path (saving takes as long as building), at most once per 5 s (the newest
// rebuild of the interval), and once more by Flush() at shutdown. Thread-safe: httplib runs handlers
// on a thread pool. Parsing and analysis run outside any lock (the analyzer is
// stateless); the linker is touched only under `mu_`, the store connection only
// under `store_mu_` (lock order: mu_ before store_mu_).
#ifndef STORYLINE_SERVE_LIVE_INGEST_H_
#define STORYLINE_SERVE_LIVE_INGEST_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "src/core/dossier.h"
#include "src/core/status.h"

namespace storyline {
class DocumentAnalyzer;
namespace link { class Linker; }
namespace store { class Store; }
}  // namespace storyline

namespace storyline::serve {

// A body item that was valid JSON but not an article (e.g. no "text").
struct ItemError {
  size_t index = 0;     // 0-based: array index, or line number - 1 for JSON lines
  std::string reason;   // "body:3: no \"text\" ...; skipped"
};

struct PostResult {
  int status = 200;            // 200; 400 bad JSON or empty body; 500 store failure
  std::string error;           // set when status != 200: names the line
  size_t added = 0;            // new articles stored and linked
  size_t duplicates = 0;       // same id or same text as a stored one (or earlier in the body)
  std::vector<std::string> ids;       // ids of the added articles, in body order
  std::vector<ItemError> errors;      // items skipped (also the syntax errors of a 400)
};

class LiveIngest {
 public:
  // Opens `db` for writing, loads the analyzer and linker data from `data_dir`
  // and replays every stored analysis into the linker.
  static absl::StatusOr<std::unique_ptr<LiveIngest>> Create(const std::string& db,
                                                            const std::string& data_dir);
  ~LiveIngest();

  // Adds the articles of `body`: one JSON object, an array of them, or JSON lines
  // (the fields of src/ingest/json_article.h). A body with any line that is not
  // JSON is refused whole (400) so a client never has to guess which lines went
  // in; items that are JSON but not articles are skipped and listed in `errors`.
  PostResult Post(std::string_view body);

  // The dossier over everything stored, rebuilt only if something was added
  // since the last call.
  std::shared_ptr<const Dossier> Current();

  // Saves the dossier if articles were added since the last save and waits for
  // it (at shutdown, so articles posted but never read reach the stored dossier).
  absl::Status Flush();

  size_t replayed() const { return replayed_; }

 private:
  LiveIngest() = default;
  // Builds the dossier from the linker, caches it and queues it for saving
  // unless that version is saved. Needs `mu_`.
  std::shared_ptr<const Dossier> RebuildLocked(uint64_t version);
  // The saver thread: saves the latest queued dossier (older queued ones are
  // skipped: only the newest matters) until stopped with nothing queued.
  void SaveLoop();

  std::unique_ptr<DocumentAnalyzer> analyzer_;  // stateless: used without a lock

  std::mutex mu_;  // guards the linker; POSTs and rebuilds hold it
  std::unique_ptr<link::Linker> linker_;
  std::atomic<uint64_t> version_{0};  // bumped (under mu_) by every POST that added
  size_t replayed_ = 0;

  std::mutex store_mu_;  // guards the one write connection
  std::unique_ptr<store::Store> store_;

  std::mutex cache_mu_;  // held only to copy the pointer: cached reads never wait on mu_
  std::shared_ptr<const Dossier> cache_;
  uint64_t cache_version_ = UINT64_MAX;

  std::mutex save_mu_;  // guards the saver's queue and results
  std::condition_variable save_cv_;
  std::shared_ptr<const Dossier> pending_;  // queued for the saver
  uint64_t pending_version_ = 0;
  bool saving_ = false;
  uint64_t saving_version_ = 0;  // while saving_
  bool stopping_ = false;
  bool flushing_ = false;  // Flush() is waiting: no pause between saves
  uint64_t saved_version_ = 0;  // version whose dossier is in the store (0: as opened)
  absl::Status last_save_;
  std::thread saver_;  // last: started once everything above exists
};

}  // namespace storyline::serve

#endif  // STORYLINE_SERVE_LIVE_INGEST_H_
