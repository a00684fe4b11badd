#include "plo_alloc_cache.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#if defined(__APPLE__)
#include <malloc/malloc.h>
#define usable_size(pointer) malloc_size(pointer)
#else
#include <malloc.h>
#include <sys/auxv.h>
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
size_t plo_alloc_cache_blocks_drained_at_thread_exit(void) { return 0; }

#else

// Size classes of 16 bytes: class c holds blocks with at least 16 * c usable bytes.
#define CLASSES (PLO_ALLOC_CACHE_LARGEST / 16 + 1)
// What a block of class c holds of the heap, as the cap counts it: glibc's chunk size.
#define CHUNK_BYTES(c) (((size_t)(c) << 4) + 16)

// A waiting block. As glibc's tcache does (since 2.32), the link is stored scrambled with the
// address it is stored at ("safe-linking"), so a use-after-free write cannot aim the next
// allocation at an address of its choice, and a popped block must be 16-byte aligned; `key`
// marks a block as waiting, so that freeing it a second time is caught instead of handing it
// out twice. Every class holds at least 16 usable bytes, room for both words.
struct free_block {
    uintptr_t next;
    uintptr_t key;
};

#define PROTECT(position, pointer) ((((uintptr_t)(position)) >> 12) ^ (uintptr_t)(pointer))
#define REVEAL(position, stored) ((struct free_block *)((((uintptr_t)(position)) >> 12) ^ (stored)))

struct thread_cache {
    struct free_block *heads[CLASSES];
    size_t bytes;
    size_t blocks;
    uintptr_t key;
    int registered;
};

static __thread struct thread_cache cache;
static pthread_key_t exit_key;
static int exit_key_made;
static uintptr_t process_secret;
static pthread_once_t setup_once = PTHREAD_ONCE_INIT;
static _Atomic size_t drained_at_exit;

static void corrupted(const char *what) {
    static const char prefix[] = "plo: heap corruption in libxml2's memory: ";
    (void)!write(2, prefix, sizeof prefix - 1);
    (void)!write(2, what, strlen(what));
    (void)!write(2, "\n", 1);
    abort();
}

static struct free_block *checked(struct free_block *block) {
    if ((uintptr_t)block & 15) corrupted("a freed block's link was overwritten");
    return block;
}

static size_t drain(struct thread_cache *c) {
    size_t drained = 0;
    for (size_t index = 0; index < CLASSES; index++) {
        struct free_block *block = c->heads[index];
        while (block) {
            struct free_block *next = checked(REVEAL(&block->next, block->next));
            free(block);
            block = next;
            drained += 1;
        }
        c->heads[index] = NULL;
    }
    c->bytes = 0;
    c->blocks = 0;
    return drained;
}

// Runs when a thread that cached blocks ends (the key's value is only a marker). A block freed
// by a later destructor (libxml2's per-thread error state) registers again, and the C library
// calls this again for it.
static void thread_ended(void *marker) {
    (void)marker;
    atomic_fetch_add(&drained_at_exit, drain(&cache));
    cache.registered = 0;
}

static void setup(void) {
    exit_key_made = pthread_key_create(&exit_key, thread_ended) == 0;
#if defined(__APPLE__)
    process_secret = ((uintptr_t)arc4random() << 32) ^ arc4random();
#else
    const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
    if (random) memcpy(&process_secret, random + 8, sizeof process_secret);
#endif
    process_secret |= 1;
}

// Makes sure the thread's lists are given back when it ends; false when that cannot be arranged
// (then nothing is cached on this thread).
static int registered(void) {
    if (cache.registered) return 1;
    pthread_once(&setup_once, setup);
    if (!exit_key_made || pthread_setspecific(exit_key, &cache) != 0) return 0;
    cache.key = process_secret ^ (uintptr_t)&cache;
    cache.registered = 1;
    return 1;
}

void *plo_alloc_cache_malloc(size_t size) {
    if (size <= PLO_ALLOC_CACHE_LARGEST) {
        size_t index = size == 0 ? 1 : (size + 15) >> 4;
        struct free_block *block = cache.heads[index];
        if (block) {
            cache.heads[index] = checked(REVEAL(&block->next, block->next));
            block->key = 0;
            cache.blocks -= 1;
            cache.bytes -= CHUNK_BYTES(index);
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
    if (index == 0 || index >= CLASSES || cache.bytes + CHUNK_BYTES(index) > PLO_ALLOC_CACHE_BYTES || !registered()) {
        free(pointer);
        return;
    }
    struct free_block *block = pointer;
    if (block->key == cache.key) {
        // Marked as waiting: a second free if it is on the list (else a coincidence).
        for (struct free_block *entry = cache.heads[index]; entry; entry = checked(REVEAL(&entry->next, entry->next))) {
            if (entry == block) corrupted("a block was freed twice");
        }
    }
    block->next = PROTECT(&block->next, cache.heads[index]);
    block->key = cache.key;
    cache.heads[index] = block;
    cache.blocks += 1;
    cache.bytes += CHUNK_BYTES(index);
}

void *plo_alloc_cache_realloc(void *pointer, size_t size) {
    if (!pointer) return plo_alloc_cache_malloc(size);
    size_t usable = usable_size(pointer);
    // Still fits and wastes little: keep it (also for size 0, where glibc would free the block
    // and return NULL; libxml2 never asks for 0 bytes).
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

void plo_alloc_cache_thread_drain(void) { (void)drain(&cache); }

size_t plo_alloc_cache_blocks_drained_at_thread_exit(void) { return atomic_load(&drained_at_exit); }

#endif
