#include "src/serve/server.h"

#include <httplib.h>

#include <mutex>
#include <nlohmann/json.hpp>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "src/core/data_dir.h"
#include "src/report/render.h"
#include "src/serve/live_ingest.h"
#include "src/serve/web_assets.h"
#include "src/store/store.h"

namespace storyline::serve {
namespace {

using json = nlohmann::ordered_json;

void SendError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(json{{"error", message}}.dump(), "application/json");
}

// Parses the renderer's output so sub-objects can be cut out without a second
// serializer; the dossier JSON has exactly one definition (src/report).
json DossierJson(const Dossier& d) { return json::parse(report::RenderJson(d)); }

// One list of the dossier, rendered from a dossier holding only that list: the
// stories list of a 1,000-article dossier then costs ms, not the seconds of
// rendering and parsing every document's paragraphs and every mention.
json StoriesJson(const Dossier& d) {
  Dossier only;
  only.stories = d.stories;
  return DossierJson(only)["stories"];
}
json EntitiesJson(const Dossier& d) {
  Dossier only;
  only.entities = d.entities;
  return DossierJson(only)["entities"];
}

json PostJson(const PostResult& r) {
  json errors = json::array();
  for (const auto& e : r.errors) errors.push_back({{"index", e.index}, {"reason", e.reason}});
  json out;
  if (r.status != 200) out["error"] = r.error;
  out["added"] = r.added;
  out["duplicates"] = r.duplicates;
  out["ids"] = r.ids;
  out["errors"] = std::move(errors);
  return out;
}

// Long-lived read connections, one lent to each request: opening a store per
// request cost ~50 ms with PostgreSQL (connect, session, schema check). At most
// as many stores as requests ever ran at once (httplib's thread pool size).
// Safe to share across threads.
class StorePool {
 public:
  StorePool(std::string db, std::unique_ptr<store::Store> first) : db_(std::move(db)) {
    if (first) idle_.push_back(std::move(first));
  }

  // A store for the caller's exclusive use: an idle one, else a new connection.
  absl::StatusOr<std::unique_ptr<store::Store>> Take() {
    {
      std::lock_guard lock(mu_);
      if (!idle_.empty()) {
        auto store = std::move(idle_.back());
        idle_.pop_back();
        return store;
      }
    }
    return store::Store::Open(db_);  // outside the lock: may take a network round trip
  }
  // Lends `store` again. Only for a store whose last call succeeded: a failed
  // one may hold a broken connection, so the caller drops it instead.
  void Give(std::unique_ptr<store::Store> store) {
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(store));
  }

 private:
  const std::string db_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> idle_;  // GUARDED_BY(mu_)
};

using Body = std::shared_ptr<const std::string>;

// One dossier and its answers, each rendered on first use: the whole-dossier
// JSON of the 1,405 Timeline17 articles (52 MB) took ~2 s to render and the
// largest story's 0.4 s, so rendering once per dossier rather than once per
// request is most of what caching gains. Safe to share across threads: the
// bodies are set once (call_once) or under story_mu.
class Snapshot {
 public:
  explicit Snapshot(std::shared_ptr<const Dossier> dossier) : dossier_(std::move(dossier)) {}

  const Dossier& dossier() const { return *dossier_; }
  const std::shared_ptr<const Dossier>& shared_dossier() const { return dossier_; }

  Body DossierBody() {
    std::call_once(dossier_once_, [this] { dossier_body_ = Share(report::RenderJson(*dossier_)); });
    return dossier_body_;
  }
  Body StoriesBody() {
    std::call_once(stories_once_, [this] {
      stories_body_ = Share(json{{"stories", StoriesJson(*dossier_)}}.dump());
    });
    return stories_body_;
  }
  // The story's dossier JSON; null for an unknown id.
  Body StoryBody(const std::string& id) {
    {
      std::lock_guard lock(story_mu_);
      if (auto it = story_bodies_.find(id); it != story_bodies_.end()) return it->second;
    }
    for (const Story& story : dossier_->stories) {
      if (story.id != id) continue;
      // Rendered outside the lock so other stories are not held up; two
      // requests racing for one story both render it, and either result is right.
      Body body = Share(report::RenderJson(StoryDossier(*dossier_, story)));
      std::lock_guard lock(story_mu_);
      return story_bodies_.try_emplace(id, std::move(body)).first->second;
    }
    return nullptr;
  }

 private:
  static Body Share(std::string s) { return std::make_shared<const std::string>(std::move(s)); }

  const std::shared_ptr<const Dossier> dossier_;
  std::once_flag dossier_once_, stories_once_;
  Body dossier_body_, stories_body_;  // each set once, by its once_flag
  std::mutex story_mu_;
  absl::flat_hash_map<std::string, Body> story_bodies_;  // GUARDED_BY(story_mu_)
};

// Answers with a cached body without copying it (the whole dossier is 52 MB
// at 1,405 articles); the provider keeps it alive until httplib has sent it.
void SendBody(httplib::Response& res, Body body) {
  const size_t size = body->size();
  res.set_content_provider(size, "application/json",
                           [body = std::move(body)](size_t offset, size_t length,
                                                    httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
}

class HttpServer : public Server {
 public:
  HttpServer(ServerOptions options, std::unique_ptr<LiveIngest> live,
             std::unique_ptr<store::Store> first_store)
      : options_(std::move(options)),
        live_(std::move(live)),
        stores_(options_.db, std::move(first_store)) {
    Routes();
  }

  absl::Status Bind() {
    if (options_.port == 0) {
      port_ = http_.bind_to_any_port(options_.host);
    } else if (http_.bind_to_port(options_.host, options_.port)) {
      port_ = options_.port;
    }
    if (port_ <= 0) {
      return absl::UnavailableError("cannot listen on " + options_.host + ":" +
                                    std::to_string(options_.port));
    }
    return absl::OkStatus();
  }
  int port() const override { return port_; }
  absl::Status Run() override {
    const bool ok = http_.listen_after_bind();
    // Articles posted but never read would otherwise miss the stored dossier.
    if (live_) RETURN_IF_ERROR(live_->Flush());
    if (!ok) return absl::InternalError("server stopped with an error");
    return absl::OkStatus();
  }
  void Stop() override { http_.stop(); }

 private:
  // Ingest: the live dossier (rebuilt only after a POST). Read-only: the stored
  // dossier, loaded again only when its generation changed (another process
  // saved), on a pooled connection as a Store serves one thread at a time.
  absl::StatusOr<std::shared_ptr<const Dossier>> Load() {
    if (live_) return live_->Current();
    ASSIGN_OR_RETURN(auto store, stores_.Take());
    auto dossier = LoadStored(*store);
    if (dossier.ok()) stores_.Give(std::move(store));
    return dossier;
  }

  absl::StatusOr<std::shared_ptr<const Dossier>> LoadStored(store::Store& store) {
    ASSIGN_OR_RETURN(int64_t generation, store.DossierGeneration());
    if (auto cached = Cached(generation)) return cached;
    // One load at a time: the requests that arrive together after a save wait
    // for the first one's load instead of each loading the dossier again.
    std::lock_guard reload(reload_mu_);
    // Read again: a save may have landed while this request waited.
    ASSIGN_OR_RETURN(generation, store.DossierGeneration());
    if (auto cached = Cached(generation)) return cached;
    // Loaded after reading the generation (store.h): at worst newer than it.
    ASSIGN_OR_RETURN(Dossier loaded, store.LoadDossier());
    auto dossier = std::make_shared<const Dossier>(std::move(loaded));
    std::lock_guard lock(cache_mu_);
    cached_ = dossier;
    cached_generation_ = generation;
    return dossier;
  }

  // The cached dossier if it is of `generation`, else null. Equality, not
  // order: a database recreated under the server starts counting again.
  std::shared_ptr<const Dossier> Cached(int64_t generation) {
    std::lock_guard lock(cache_mu_);
    return cached_generation_ == generation ? cached_ : nullptr;
  }

  // The snapshot of the current dossier, new when the dossier is (a pointer
  // comparison: the snapshot holds the old dossier, so its address is not reused).
  absl::StatusOr<std::shared_ptr<Snapshot>> Current() {
    ASSIGN_OR_RETURN(std::shared_ptr<const Dossier> dossier, Load());
    std::lock_guard lock(cache_mu_);
    if (!snapshot_ || snapshot_->shared_dossier() != dossier) {
      snapshot_ = std::make_shared<Snapshot>(std::move(dossier));
    }
    return snapshot_;
  }

  // Runs `fn` on the current snapshot, or answers 500 naming the problem.
  template <typename F>
  void WithSnapshot(httplib::Response& res, F fn) {
    auto snapshot = Current();
    if (!snapshot.ok()) return SendError(res, 500, std::string(snapshot.status().message()));
    fn(**snapshot);
  }

  void PostArticles(const httplib::Request& req, httplib::Response& res) {
    if (!live_) {
      res.set_header("Allow", "GET");
      return SendError(res, 405, "read-only server: start it with `storyline serve --ingest` "
                                 "to accept articles");
    }
    if (req.body.size() > options_.max_body_bytes) return SendTooLarge(res);
    const PostResult result = live_->Post(req.body);
    res.status = result.status;
    res.set_content(PostJson(result).dump(), "application/json");
  }

  void SendTooLarge(httplib::Response& res) {
    SendError(res, 413, "request body over the limit of " +
                            std::to_string(options_.max_body_bytes) + " bytes; nothing was added");
  }

  void Routes() {
    // httplib refuses a larger body itself (413, before reading it) when the
    // client announces its length; the handler checks chunked bodies.
    http_.set_payload_max_length(options_.max_body_bytes);
    // httplib writes headers and body in two sends: with Nagle on, a client's
    // delayed ACK held every small answer back by ~40 ms.
    http_.set_tcp_nodelay(true);
    http_.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
      if (res.status == 413) SendTooLarge(res);
    });
    http_.Post("/api/articles", [this](const httplib::Request& req, httplib::Response& res) {
      PostArticles(req, res);
    });
    http_.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(IndexHtml()), "text/html; charset=utf-8");
    });
    http_.Get("/api/health", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"ok":true})", "application/json");
    });
    http_.Get("/api/dossier", [this](const httplib::Request&, httplib::Response& res) {
      WithSnapshot(res, [&](Snapshot& s) { SendBody(res, s.DossierBody()); });
    });
    http_.Get("/api/stories", [this](const httplib::Request&, httplib::Response& res) {
      WithSnapshot(res, [&](Snapshot& s) { SendBody(res, s.StoriesBody()); });
    });
    http_.Get(R"(/api/stories/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      WithSnapshot(res, [&](Snapshot& s) {
        const std::string id = req.matches[1];
        if (Body body = s.StoryBody(id)) return SendBody(res, std::move(body));
        SendError(res, 404, "no story '" + id + "'");
      });
    });
    http_.Get("/api/entities", [this](const httplib::Request& req, httplib::Response& res) {
      WithSnapshot(res, [&](Snapshot& s) {
        const Dossier& d = s.dossier();
        const std::string type = req.get_param_value("type");
        json all = EntitiesJson(d);  // named: the loop below must not outlive a temporary
        json out = json::array();
        for (auto& e : all)
          if (type.empty() || e["type"] == type) out.push_back(std::move(e));
        res.set_content(json{{"entities", out}}.dump(), "application/json");
      });
    });
  }

  ServerOptions options_;
  std::unique_ptr<LiveIngest> live_;  // null: read-only
  StorePool stores_;                  // read-only mode's connections
  std::mutex reload_mu_;              // held while loading a changed dossier
  std::mutex cache_mu_;
  std::shared_ptr<const Dossier> cached_;    // GUARDED_BY(cache_mu_); read-only mode
  int64_t cached_generation_ = -1;           // GUARDED_BY(cache_mu_); -1: none yet
  std::shared_ptr<Snapshot> snapshot_;       // GUARDED_BY(cache_mu_)
  httplib::Server http_;
  int port_ = -1;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  // Fail early, before binding, when the database is unusable; the connection
  // is then the first of the read pool.
  ASSIGN_OR_RETURN(auto first_store, store::Store::Open(options.db));
  std::unique_ptr<LiveIngest> live;
  if (options.ingest) {
    ASSIGN_OR_RETURN(live, LiveIngest::Create(options.db, options.data_dir.empty()
                                                              ? DefaultDataDir()
                                                              : options.data_dir));
  }
  if (live) first_store.reset();  // LiveIngest holds its own; a second would idle
  auto server = std::make_unique<HttpServer>(options, std::move(live), std::move(first_store));
  RETURN_IF_ERROR(server->Bind());
  return server;
}

}  // namespace storyline::serve
