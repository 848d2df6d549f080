# Readers: txt / JSON lines / .json / HTML parsing from memory (see ingest_fuzzer.cc).
#   ./ingest_fuzzer -max_total_time=120 corpus_dir ../tests/testdata/hostile
storyline_fuzzer(ingest_fuzzer ${CMAKE_CURRENT_LIST_DIR}/ingest_fuzzer.cc storyline_ingest storyline_core nlohmann_json::nlohmann_json PkgConfig::GUMBO)
