#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its <unicode/*.h> clash with the ICU that
 * Swift's Foundation vends (_FoundationICU). We never use the ICU converter fields. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a global function-pointer variable: Swift 6 rejects reading it directly. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

#include <time.h>

/* Per-parse guard state, owned by XMLCore's parser context and reached through the libxml2
 * parser context's _private field (libxml2 leaves _private alone across xmlCtxtReadMemory). */
typedef struct clibxml2_guard {
    int dtdRefused;          /* a document type declaration was seen and refused */
    int timedOut;            /* the time budget ran out; the parser was stopped */
    unsigned int elements;   /* start tags seen in this parse */
    long long deadline;      /* CLOCK_MONOTONIC nanoseconds; 0: no budget */
} clibxml2_guard;

static inline long long clibxml2_monotonic_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000LL + (long long)now.tv_nsec;
}

/* A document type declaration is refused before libxml2 acts on it: the SAX
 * internalSubset callback stops the parser and marks the guard. PLO messages
 * never carry a DTD, and refusing it closes entity expansion and external
 * subsets at the root. */
static void clibxml2_refuse_dtd(void *ctx, const xmlChar *name,
                                const xmlChar *externalID, const xmlChar *systemID) {
    (void)name; (void)externalID; (void)systemID;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    clibxml2_guard *guard = (clibxml2_guard *)ctxt->_private;
    if (guard != NULL) guard->dtdRefused = 1;
    xmlStopParser(ctxt);
}

/* The time budget: every 64th start tag compares the clock with the deadline and stops the
 * parser (from its own thread, between two elements) once it has passed. */
static void clibxml2_start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                   const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
                                   int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    clibxml2_guard *guard = (clibxml2_guard *)ctxt->_private;
    if (guard != NULL && guard->deadline != 0 && ((++guard->elements) & 63u) == 0
        && clibxml2_monotonic_ns() > guard->deadline) {
        guard->timedOut = 1;
        xmlStopParser(ctxt);
        return;
    }
    xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces,
                          nb_attributes, nb_defaulted, attributes);
}

/* Attaches `guard` to `ctxt` and installs the callbacks (the DTD refusal only when asked). */
static inline void clibxml2_install_guard(xmlParserCtxtPtr ctxt, clibxml2_guard *guard, int refuseDtd) {
    if (ctxt == NULL) return;
    ctxt->_private = guard;
    if (ctxt->sax != NULL) {
        if (refuseDtd) {
            ctxt->sax->internalSubset = clibxml2_refuse_dtd;
            ctxt->sax->externalSubset = clibxml2_refuse_dtd;
        }
        ctxt->sax->startElementNs = clibxml2_start_element;
    }
}

/* Clears the guard's marks before a parse; a positive budget sets the deadline. */
static inline void clibxml2_guard_arm(clibxml2_guard *guard, long long budgetNanos) {
    guard->dtdRefused = 0;
    guard->timedOut = 0;
    guard->elements = 0;
    guard->deadline = budgetNanos > 0 ? clibxml2_monotonic_ns() + budgetNanos : 0;
}

/* libxml2 prints to stderr through a variadic generic error function when no structured
 * handler claims an error. Swift cannot define variadic C functions, so the silencer lives here.
 * The setting is per thread (libxml2 globals are thread-local in this build). */
static void clibxml2_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml2_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_silent);
}
#endif
