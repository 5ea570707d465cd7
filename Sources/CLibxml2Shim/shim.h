#ifndef MENTORDOCS_CLIBXML2_SHIM_H
#define MENTORDOCS_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; Foundation brings its own ICU module, and a module
// that sees both fails a clean build ("'UErrorCode' has different definitions").
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

// Swift 6 treats these C globals as unsafe shared state; reach them through functions.
static inline void mentordocs_xml_free(void *pointer) { xmlFree(pointer); }

// Keeps one parser context from printing anything to stderr; its errors are read from the context.
// Set on the context, not process-wide, so a program that uses libxml2 itself keeps its own handler.
static void mentordocs_xml_silent(void *context, xmlErrorPtr error) { (void)context; (void)error; }
static inline void mentordocs_xml_silence(xmlParserCtxtPtr context) {
    if (context->sax != NULL) { context->sax->serror = mentordocs_xml_silent; }
}

#endif
