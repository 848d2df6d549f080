// The web page, compiled into the binary from src/serve/web/ and the base map in
// data/web/ at build time (see CMakeLists.txt), so `storyline serve` needs no
// files beside it and the page needs no network beyond its own API.
#ifndef STORYLINE_SERVE_WEB_ASSETS_H_
#define STORYLINE_SERVE_WEB_ASSETS_H_

#include <string_view>

namespace storyline::serve {

std::string_view IndexHtml();

}  // namespace storyline::serve

#endif  // STORYLINE_SERVE_WEB_ASSETS_H_
