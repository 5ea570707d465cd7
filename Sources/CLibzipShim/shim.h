#ifndef MENTORDOCS_CLIBZIP_SHIM_H
#define MENTORDOCS_CLIBZIP_SHIM_H
#include <zip.h>
#endif
