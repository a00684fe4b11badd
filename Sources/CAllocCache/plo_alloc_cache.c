#include "plo_alloc_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#if defined(__APPLE__)
#include <malloc/malloc.h>
#define usable_size(pointer) malloc_size(pointer)
#else
#include <malloc.h>
#define usable_size(pointer) malloc_usable_size(pointer)
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define PLO_ALLOC_CACHE_OFF 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PLO_ALLOC_CACHE_OFF 1
#endif

int plo_alloc_cache_enabled(void) {
#ifdef PLO_ALLOC_CACHE_OFF
    return 0;
#else
    return 1;
#endif
}

#ifdef PLO_ALLOC_CACHE_OFF

void *plo_alloc_cache_malloc(size_t size) { return malloc(size); }
void *plo_alloc_cache_realloc(void *pointer, size_t size) { return realloc(pointer, size); }
void plo_alloc_cache_free(void *pointer) { free(pointer); }
char *plo_alloc_cache_strdup(const char *string) { return strdup(string); }
void plo_alloc_cache_thread_stats(size_t *blocks, size_t *bytes) { *blocks = 0; *bytes = 0; }
void plo_alloc_cache_thread_drain(void) {}

#else

// Size classes of 16 bytes: class c holds blocks with at least 16 * c usable bytes.
#define CLASSES (PLO_ALLOC_CACHE_LARGEST / 16 + 1)

struct free_block { struct free_block *next; };

struct thread_cache {
    struct free_block *heads[CLASSES];
    size_t bytes;
    size_t blocks;
    int registered;
};

static __thread struct thread_cache cache;
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static void drain(struct thread_cache *c) {
    for (size_t index = 0; index < CLASSES; index++) {
        struct free_block *block = c->heads[index];
        while (block) {
            struct free_block *next = block->next;
            free(block);
            block = next;
        }
        c->heads[index] = NULL;
    }
    c->bytes = 0;
    c->blocks = 0;
}

// Runs when a thread that cached blocks ends (the key's value is only a marker). A block freed
// by a later destructor (libxml2's per-thread error state) registers again, and the C library
// calls this again for it.
static void thread_ended(void *marker) {
    (void)marker;
    drain(&cache);
    cache.registered = 0;
}

static void make_exit_key(void) { pthread_key_create(&exit_key, thread_ended); }

void *plo_alloc_cache_malloc(size_t size) {
    if (size <= PLO_ALLOC_CACHE_LARGEST) {
        size_t index = size == 0 ? 1 : (size + 15) >> 4;
        struct free_block *block = cache.heads[index];
        if (block) {
            cache.heads[index] = block->next;
            cache.blocks -= 1;
            cache.bytes -= index << 4;
            return block;
        }
        // Rounded up to the class, so that the block serves any request of its class later.
        return malloc(index << 4);
    }
    return malloc(size);
}

void plo_alloc_cache_free(void *pointer) {
    if (!pointer) return;
    size_t usable = usable_size(pointer);
    size_t index = usable >> 4;
    if (index == 0 || index >= CLASSES || cache.bytes + (index << 4) > PLO_ALLOC_CACHE_BYTES) {
        free(pointer);
        return;
    }
    if (!cache.registered) {
        pthread_once(&exit_key_once, make_exit_key);
        pthread_setspecific(exit_key, &cache);
        cache.registered = 1;
    }
    struct free_block *block = pointer;
    block->next = cache.heads[index];
    cache.heads[index] = block;
    cache.blocks += 1;
    cache.bytes += index << 4;
}

void *plo_alloc_cache_realloc(void *pointer, size_t size) {
    if (!pointer) return plo_alloc_cache_malloc(size);
    size_t usable = usable_size(pointer);
    // Still fits and wastes little: keep it.
    if (size <= usable && usable - size < 256) return pointer;
    // A small result comes from the lists, like any small allocation, and the old block goes
    // back to them: buffers that grow (libxml2's node and name stacks, text buffers) then
    // reuse what the last document freed instead of leaving their old sizes to pile up there.
    if (size <= PLO_ALLOC_CACHE_LARGEST) {
        void *moved = plo_alloc_cache_malloc(size);
        if (!moved) return NULL;
        memcpy(moved, pointer, usable < size ? usable : size);
        plo_alloc_cache_free(pointer);
        return moved;
    }
    return realloc(pointer, size);
}

char *plo_alloc_cache_strdup(const char *string) {
    size_t length = strlen(string) + 1;
    char *copy = plo_alloc_cache_malloc(length);
    if (copy) memcpy(copy, string, length);
    return copy;
}

void plo_alloc_cache_thread_stats(size_t *blocks, size_t *bytes) {
    *blocks = cache.blocks;
    *bytes = cache.bytes;
}

void plo_alloc_cache_thread_drain(void) { drain(&cache); }

#endif
