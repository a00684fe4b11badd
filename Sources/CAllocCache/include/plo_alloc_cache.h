#ifndef PLO_ALLOC_CACHE_H
#define PLO_ALLOC_CACHE_H
#include <stddef.h>

// A per-thread cache of freed small blocks for libxml2's allocator (installed with xmlMemSetup).
//
// Every block is an ordinary C-library block (malloc), so a block from this cache may be freed
// with free() and a block from malloc() may be freed here: nothing depends on who allocated it.
// A freed block of at most PLO_ALLOC_CACHE_LARGEST usable bytes goes onto the freeing thread's
// list for its size class instead of back to malloc, and the next allocation of that class on
// that thread takes it back: a worker that parses one message after another reuses the previous
// tree's nodes instead of making malloc split and consolidate its chunks each time. A realloc to
// a small size takes its block from the lists too. Each thread keeps at most PLO_ALLOC_CACHE_BYTES
// in its lists, counted as malloc's chunk sizes; the rest goes to free(). A thread's lists are
// given back to free() when the thread ends. Like glibc's own per-thread cache, the lists keep
// their links scrambled and check them, and a block freed twice stops the process (abort) rather
// than being handed out twice.
//
// Under AddressSanitizer or ThreadSanitizer the cache is off (every call goes straight to the C
// library), so the sanitizers still see each libxml2 block freed and reused.

#define PLO_ALLOC_CACHE_LARGEST 1024
#define PLO_ALLOC_CACHE_BYTES 1048576 /* 1 MiB */

void *plo_alloc_cache_malloc(size_t size);
void *plo_alloc_cache_realloc(void *pointer, size_t size);
void plo_alloc_cache_free(void *pointer);
char *plo_alloc_cache_strdup(const char *string);

// 1 when the cache is compiled in (no sanitizer), else 0.
int plo_alloc_cache_enabled(void);

// What the calling thread's lists hold now: blocks and their bytes as the cap counts them.
void plo_alloc_cache_thread_stats(size_t *blocks, size_t *bytes);

// Gives the calling thread's cached blocks back to free().
void plo_alloc_cache_thread_drain(void);

// How many cached blocks ended threads have given back to free() so far (all threads).
size_t plo_alloc_cache_blocks_drained_at_thread_exit(void);

#endif
