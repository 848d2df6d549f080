# Quotes stage: no crash and spans inside the text on any input (unbalanced,
# nested and multi-paragraph quote marks). Run e.g.
#   /work/build-quotes-fuzz/fuzz/quotes_fuzzer -max_total_time=120 -max_len=65536
storyline_fuzzer(quotes_fuzzer ${PROJECT_SOURCE_DIR}/src/extract/quotes/quotes_fuzzer.cc
  storyline_quotes storyline_core)
target_include_directories(quotes_fuzzer PRIVATE ${PROJECT_SOURCE_DIR})
target_compile_definitions(quotes_fuzzer PRIVATE STORYLINE_DATA_DIR="${STORYLINE_DATA_DIR}")
