#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its <unicode/*.h> clash with the ICU that
 * Swift's Foundation vends (_FoundationICU). We never use the ICU converter fields. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a global function-pointer variable: Swift 6 rejects reading it directly. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

/* A document type declaration is refused before libxml2 acts on it: the SAX
 * internalSubset callback stops the parser and marks the context. PLO messages
 * never carry a DTD, and refusing it closes entity expansion and external
 * subsets at the root. The mark is the parser context's _private field. */
static void clibxml2_refuse_dtd(void *ctx, const xmlChar *name,
                                const xmlChar *externalID, const xmlChar *systemID) {
    (void)name; (void)externalID; (void)systemID;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    ctxt->_private = (void *)1;
    xmlStopParser(ctxt);
}

static inline void clibxml2_install_dtd_guard(xmlParserCtxtPtr ctxt) {
    if (ctxt != NULL && ctxt->sax != NULL) {
        ctxt->sax->internalSubset = clibxml2_refuse_dtd;
        ctxt->sax->externalSubset = clibxml2_refuse_dtd;
    }
}

static inline int clibxml2_dtd_refused(xmlParserCtxtPtr ctxt) {
    return ctxt != NULL && ctxt->_private == (void *)1;
}

/* libxml2 prints to stderr through a variadic generic error function when no structured
 * handler claims an error. Swift cannot define variadic C functions, so the silencer lives here.
 * The setting is per thread (libxml2 globals are thread-local in this build). */
static void clibxml2_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml2_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_silent);
}
#endif
