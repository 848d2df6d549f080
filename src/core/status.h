// Error handling for the whole project: absl::Status / absl::StatusOr<T>, and the
// two propagation macros (the shape sentencepiece's common.h uses). Library code
// never throws; the CLI and the HTTP layer convert a status at the edge.
#ifndef STORYLINE_CORE_STATUS_H_
#define STORYLINE_CORE_STATUS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define STORYLINE_CONCAT_INNER_(a, b) a##b
#define STORYLINE_CONCAT_(a, b) STORYLINE_CONCAT_INNER_(a, b)

// Returns the status from the enclosing function when `expr` is not OK.
#define RETURN_IF_ERROR(expr)                  \
  do {                                         \
    absl::Status _status = (expr);             \
    if (!_status.ok()) return _status;         \
  } while (0)

// `ASSIGN_OR_RETURN(auto x, Fn());` binds the value or returns the error.
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL_(STORYLINE_CONCAT_(_statusor_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                           \
  if (!tmp.ok()) return tmp.status();          \
  lhs = std::move(tmp).value()

#endif  // STORYLINE_CORE_STATUS_H_
