#include "src/serve/server.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "src/report/render.h"
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

class HttpServer : public Server {
 public:
  explicit HttpServer(ServerOptions options) : options_(std::move(options)) { Routes(); }

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
    if (!http_.listen_after_bind()) return absl::InternalError("server stopped with an error");
    return absl::OkStatus();
  }
  void Stop() override { http_.stop(); }

 private:
  // A fresh connection per request: SQLite connections are not shared across threads.
  absl::StatusOr<Dossier> Load() {
    ASSIGN_OR_RETURN(auto db, store::Store::Open(options_.db));
    return db->LoadDossier();
  }

  // Runs `fn` on the loaded dossier, or answers 500 naming the problem.
  template <typename F>
  void WithDossier(httplib::Response& res, F fn) {
    auto dossier = Load();
    if (!dossier.ok()) return SendError(res, 500, std::string(dossier.status().message()));
    fn(*dossier);
  }

  void Routes() {
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
        res.set_content(json{{"stories", DossierJson(d)["stories"]}}.dump(), "application/json");
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
        json all = DossierJson(d);  // named: the loop below must not outlive a temporary
        json out = json::array();
        for (auto& e : all["entities"])
          if (type.empty() || e["type"] == type) out.push_back(std::move(e));
        res.set_content(json{{"entities", out}}.dump(), "application/json");
      });
    });
  }

  ServerOptions options_;
  httplib::Server http_;
  int port_ = -1;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  // Fail early, before binding, when the database is unusable.
  { ASSIGN_OR_RETURN(auto db, store::Store::Open(options.db)); }
  auto server = std::make_unique<HttpServer>(options);
  RETURN_IF_ERROR(server->Bind());
  return server;
}

}  // namespace storyline::serve
