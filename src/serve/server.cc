#include "src/serve/server.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

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

class HttpServer : public Server {
 public:
  HttpServer(ServerOptions options, std::unique_ptr<LiveIngest> live)
      : options_(std::move(options)), live_(std::move(live)) {
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
  // Ingest: the live dossier (rebuilt only after a POST). Read-only: a fresh
  // connection per request, as SQLite connections are not shared across threads.
  absl::StatusOr<std::shared_ptr<const Dossier>> Load() {
    if (live_) return live_->Current();
    ASSIGN_OR_RETURN(auto db, store::Store::Open(options_.db));
    ASSIGN_OR_RETURN(auto dossier, db->LoadDossier());
    return std::make_shared<const Dossier>(std::move(dossier));
  }

  // Runs `fn` on the loaded dossier, or answers 500 naming the problem.
  template <typename F>
  void WithDossier(httplib::Response& res, F fn) {
    auto dossier = Load();
    if (!dossier.ok()) return SendError(res, 500, std::string(dossier.status().message()));
    fn(**dossier);
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
      WithDossier(res, [&](const Dossier& d) {
        res.set_content(report::RenderJson(d), "application/json");
      });
    });
    http_.Get("/api/stories", [this](const httplib::Request&, httplib::Response& res) {
      WithDossier(res, [&](const Dossier& d) {
        res.set_content(json{{"stories", StoriesJson(d)}}.dump(), "application/json");
      });
    });
    http_.Get(R"(/api/stories/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      WithDossier(res, [&](const Dossier& d) {
        for (const auto& story : d.stories) {
          if (story.id == req.matches[1]) {
            return res.set_content(report::RenderJson(StoryDossier(d, story)), "application/json");
          }
        }
        SendError(res, 404, "no story '" + std::string(req.matches[1]) + "'");
      });
    });
    http_.Get("/api/entities", [this](const httplib::Request& req, httplib::Response& res) {
      WithDossier(res, [&](const Dossier& d) {
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
  httplib::Server http_;
  int port_ = -1;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  // Fail early, before binding, when the database is unusable.
  { ASSIGN_OR_RETURN(auto db, store::Store::Open(options.db)); }
  std::unique_ptr<LiveIngest> live;
  if (options.ingest) {
    ASSIGN_OR_RETURN(live, LiveIngest::Create(options.db, options.data_dir.empty()
                                                              ? DefaultDataDir()
                                                              : options.data_dir));
  }
  auto server = std::make_unique<HttpServer>(options, std::move(live));
  RETURN_IF_ERROR(server->Bind());
  return server;
}

}  // namespace storyline::serve
