// Server: the HTTP JSON API and the web page over one storyline database. Reads
// only the store (never re-runs analysis). Each request opens its own read
// connection, so handlers share no mutable state and run on httplib's thread pool.
//
//   GET /                      the web page: timeline, map, source graph
//   GET /api/health            {"ok": true}
//   GET /api/dossier           the whole dossier JSON
//   GET /api/stories           {"stories": [...]}
//   GET /api/stories/{id}      one story's dossier (its documents, timeline, entities, quotes)
//   GET /api/entities?type=T   {"entities": [...]}, optionally of one type
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
};

class Server {
 public:
  // Binds the socket. Errors: the database cannot be opened, the port is taken.
  static absl::StatusOr<std::unique_ptr<Server>> Create(const ServerOptions& options);
  virtual ~Server() = default;

  virtual int port() const = 0;
  // Serves until Stop() is called from another thread (or the process ends).
  virtual absl::Status Run() = 0;
  virtual void Stop() = 0;
};

// The dossier restricted to one story: its documents, timeline entries,
// conflicts, and the entities and quotes found in its documents.
Dossier StoryDossier(const Dossier& all, const Story& story);

}  // namespace storyline::serve

#endif  // STORYLINE_SERVE_SERVER_H_
