#ifndef MENTORDOCS_CSQLITE_SHIM_H
#define MENTORDOCS_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT (bound text is copied by SQLite), which Swift cannot import: it is a macro casting -1 to a function pointer.
static inline sqlite3_destructor_type mentordocs_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
