// Server: the HTTP JSON API and the web page over one storyline database.
//
// Read-only by default: it reads only the store (never re-runs analysis).
// Handlers run on httplib's thread pool, each borrowing one of a pool of
// long-lived store connections. The last loaded dossier is kept and loaded
// again only when the store's dossier generation (store.h) changed, so a
// dossier saved by another process (`storyline ingest`) is served from the next
// request on; the whole-dossier and stories answers are rendered once per
// dossier.
//
// With ServerOptions::ingest (`storyline serve --ingest`) it also accepts new
// articles (live_ingest.h): the server replays the store once into one
// long-lived Linker at start-up, then every POSTed article is analyzed, stored
// and added to it. Reads are then served from the in-memory dossier, rebuilt
// (and saved to the store) only when articles were added since the last read.
//
//   GET /                      the web page: timeline, map, source graph
//   GET /api/health            {"ok": true}
//   GET /api/dossier           the whole dossier JSON
//   GET /api/stories           {"stories": [...]}
//   GET /api/stories/{id}      one story's dossier (its documents, timeline, entities, quotes)
//   GET /api/entities?type=T   {"entities": [...]}, optionally of one type
//   POST /api/articles         body: one JSON article object, an array of them, or
//                              JSON lines (fields as in src/ingest/json_article.h).
//                              200 {"added": n, "duplicates": n, "ids": [...],
//                                   "errors": [{"index": i, "reason": "..."}]}
//                              (errors: items that are JSON but not articles).
//                              400 when any line is not JSON (nothing added; the
//                              error names the line), 413 body over max_body_bytes,
//                              405 on a read-only server.
// Errors are JSON {"error": "..."} with 404 (unknown story) or 500 (store unusable).
#ifndef STORYLINE_SERVE_SERVER_H_
#define STORYLINE_SERVE_SERVER_H_

#include <memory>
#include <string>

#include "src/core/dossier.h"
#include "src/core/status.h"

namespace storyline::serve {

struct ServerOptions {
  std::string db;                  // SQLite file to serve (must exist)
  std::string host = "127.0.0.1";  // loopback by default: no accidental exposure
  int port = 8080;                 // 0 = any free port (see Server::port())
  bool ingest = false;             // accept POST /api/articles (else read-only)
  std::string data_dir;            // for ingest: analyzer and linker data; empty = DefaultDataDir()
  size_t max_body_bytes = 16u << 20;  // larger POST bodies get 413
};

class Server {
 public:
  // Binds the socket. Errors: the database cannot be opened, the port is taken,
  // (ingest) the data folder cannot be loaded. With ingest, replays the store
  // into the linker first (seconds for ~10^4 articles).
  static absl::StatusOr<std::unique_ptr<Server>> Create(const ServerOptions& options);
  virtual ~Server() = default;

  virtual int port() const = 0;
  // Serves until Stop() is called from another thread (or the process ends).
  // With ingest, then saves the dossier if articles were added since the last save.
  virtual absl::Status Run() = 0;
  virtual void Stop() = 0;
};

// The dossier restricted to one story: its documents, timeline entries,
// conflicts, and the entities and quotes found in its documents.
Dossier StoryDossier(const Dossier& all, const Story& story);

}  // namespace storyline::serve

#endif  // STORYLINE_SERVE_SERVER_H_
