# Text layer: normalizer + analyzer on arbitrary bytes (see text_fuzzer.cc).
storyline_fuzzer(text_fuzzer ${CMAKE_CURRENT_LIST_DIR}/text_fuzzer.cc storyline_text)
target_include_directories(text_fuzzer PRIVATE ${PROJECT_SOURCE_DIR})
