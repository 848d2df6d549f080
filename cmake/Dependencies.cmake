# Every dependency is a Debian 12 package; scripts/setup.sh installs them.
find_package(PkgConfig REQUIRED)
find_package(absl REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(CLI11 REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(TBB REQUIRED)
find_package(Threads REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)  # the PostgreSQL store

# CLD2 ships no pkg-config or CMake file: find it by hand.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
add_library(cld2 INTERFACE)
target_include_directories(cld2 INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(cld2 INTERFACE ${CLD2_LIBRARY})

# Snowball stemmers (libstemmer-dev), likewise without a config file.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(stemmer INTERFACE)
target_include_directories(stemmer INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(stemmer INTERFACE ${STEMMER_LIBRARY})

if(STORYLINE_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(STORYLINE_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
