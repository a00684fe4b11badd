import CAllocCache
internal import CLibXML2
import Foundation
import Testing

@testable import XMLCore

/// libxml2's allocator (`CAllocCache`): freed small blocks wait on the freeing thread's lists and
/// serve that thread's next allocation of their size class; every block stays a C-library block.
/// Each check runs on a thread of its own (a plain pthread), so the lists it looks at start empty
/// and are its own; it records what it saw and the test checks that after the thread ended.
@Suite struct AllocationCacheTests {
    /// What a check on its own thread saw.
    final class Record: @unchecked Sendable {
        var pointers: [UnsafeMutableRawPointer?] = []
        var stats: [(blocks: Int, bytes: Int)] = []
        var text: String?

        func noteStats() {
            var blocks = 0
            var bytes = 0
            plo_alloc_cache_thread_stats(&blocks, &bytes)
            stats.append((blocks, bytes))
        }
    }

    /// Runs `body` on a new pthread and waits for it to end.
    private func onFreshThread(_ record: Record, _ body: @escaping (Record) -> Void) {
        final class Job {
            let record: Record
            let body: (Record) -> Void
            init(_ record: Record, _ body: @escaping (Record) -> Void) {
                self.record = record
                self.body = body
            }
        }
        let job = Unmanaged.passRetained(Job(record, body)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                let job = Unmanaged<Job>.fromOpaque(context).takeRetainedValue()
                job.body(job.record)
                return nil
            }, job)
        precondition(created == 0, "pthread_create failed")
        pthread_join(thread, nil)
    }

    @Test(.enabled(if: plo_alloc_cache_enabled() != 0, "the cache is compiled out under a sanitizer"))
    func aFreedBlockServesTheNextAllocationOfItsClass() {
        let record = Record()
        onFreshThread(record) { record in
            let first = plo_alloc_cache_malloc(100)
            plo_alloc_cache_free(first)
            record.noteStats()  // 0: one block held
            // 97…112 bytes are one class: the same block comes back.
            let second = plo_alloc_cache_malloc(112)
            record.pointers = [first, second]
            record.noteStats()  // 1: none held
            // A larger class does not take a smaller block.
            plo_alloc_cache_free(second)
            let larger = plo_alloc_cache_malloc(300)
            record.pointers.append(larger)
            record.noteStats()  // 2: the smaller block still held
            plo_alloc_cache_free(larger)
            plo_alloc_cache_thread_drain()
            record.noteStats()  // 3: drained
        }
        #expect(record.pointers[0] != nil)
        #expect(record.pointers[1] == record.pointers[0])
        #expect(record.pointers[2] != record.pointers[0])
        #expect(record.stats.map(\.blocks) == [1, 0, 1, 0])
        #expect(record.stats.map(\.bytes) == [128, 0, 128, 0])  // class 7: a 128-byte chunk
    }

    @Test(.enabled(if: plo_alloc_cache_enabled() != 0, "the cache is compiled out under a sanitizer"))
    func blocksAreCLibraryBlocksBothWays() {
        let record = Record()
        onFreshThread(record) { record in
            // A cached-allocator block given to free(), a malloc() block given to the cache.
            free(plo_alloc_cache_malloc(48))
            let theirs = malloc(40)
            plo_alloc_cache_free(theirs)
            record.noteStats()
            // malloc(40) has 40 usable bytes: class 2, requests of 17…32 bytes.
            let again = plo_alloc_cache_malloc(32)
            record.pointers = [theirs, again]
            // realloc keeps the contents and hands back a block free() accepts.
            again?.storeBytes(of: 0x5A, as: UInt8.self)
            let grown = plo_alloc_cache_realloc(again, 5000)
            record.pointers.append(grown)
            if let grown {
                record.text = grown.load(as: UInt8.self) == 0x5A ? "kept" : "lost"
                grown.storeBytes(of: 7, toByteOffset: 4999, as: UInt8.self)
                free(grown)
            }
            // realloc of nothing is an allocation; strdup copies.
            let fresh = plo_alloc_cache_realloc(nil, 16)
            record.pointers.append(fresh)
            plo_alloc_cache_free(fresh)
            let copy = plo_alloc_cache_strdup("Utskrivningsklar")
            record.text = (record.text ?? "") + "," + (copy.map { String(cString: $0) } ?? "nil")
            plo_alloc_cache_free(copy)
            plo_alloc_cache_free(nil)
            plo_alloc_cache_thread_drain()
        }
        #expect(record.stats.map(\.blocks) == [1])
        #expect(record.pointers[1] == record.pointers[0])
        #expect(record.pointers[2] != nil)
        #expect(record.pointers[3] != nil)
        #expect(record.text == "kept,Utskrivningsklar")
    }

    @Test(.enabled(if: plo_alloc_cache_enabled() != 0, "the cache is compiled out under a sanitizer"))
    func aGrowingSmallBufferTakesACachedBlockAndLeavesItsOwn() {
        let record = Record()
        onFreshThread(record) { record in
            let cached = plo_alloc_cache_malloc(200)
            plo_alloc_cache_free(cached)
            let small = plo_alloc_cache_malloc(20)
            small?.storeBytes(of: 0x42, as: UInt8.self)
            // Grows within the small sizes: the cached 208-byte block, the contents moved.
            let grown = plo_alloc_cache_realloc(small, 200)
            record.pointers = [cached, grown]
            record.text = grown?.load(as: UInt8.self) == 0x42 ? "moved" : "lost"
            record.noteStats()  // the 20-byte block is on its list now
            // Shrinks a little: the same block.
            let same = plo_alloc_cache_realloc(grown, 190)
            record.pointers.append(same)
            free(same)
            plo_alloc_cache_thread_drain()
        }
        #expect(record.pointers[1] == record.pointers[0])
        #expect(record.pointers[2] == record.pointers[1])
        #expect(record.text == "moved")
        #expect(record.stats.map(\.blocks) == [1])
    }

    @Test(.enabled(if: plo_alloc_cache_enabled() != 0, "the cache is compiled out under a sanitizer"))
    func largeBlocksAndTheByteCapGoBackToMalloc() {
        let record = Record()
        let count = Int(PLO_ALLOC_CACHE_BYTES) / 1024 + 100
        onFreshThread(record) { record in
            plo_alloc_cache_free(plo_alloc_cache_malloc(2 * Int(PLO_ALLOC_CACHE_LARGEST)))
            record.noteStats()  // 0: nothing held
            // Fill the lists past their cap: they stop at PLO_ALLOC_CACHE_BYTES.
            let blocks = (0..<count).map { _ in plo_alloc_cache_malloc(1000) }
            for block in blocks { plo_alloc_cache_free(block) }
            record.noteStats()  // 1: full
            plo_alloc_cache_thread_drain()
            record.noteStats()  // 2: drained
        }
        #expect(record.stats[0].blocks == 0)
        #expect(record.stats[1].bytes <= Int(PLO_ALLOC_CACHE_BYTES))
        #expect(record.stats[1].bytes > Int(PLO_ALLOC_CACHE_BYTES) - 1024)
        #expect(record.stats[1].blocks < count)
        #expect(record.stats[2].bytes == 0)
    }

    @Test(.enabled(if: plo_alloc_cache_enabled() != 0, "the cache is compiled out under a sanitizer"))
    func aBlockFreedOnAnotherThreadJoinsThatThreadsLists() {
        let first = Record()
        onFreshThread(first) { record in record.pointers = [plo_alloc_cache_malloc(64)] }
        let second = Record()
        onFreshThread(second) { record in
            plo_alloc_cache_free(first.pointers[0])
            record.noteStats()
            record.pointers = [plo_alloc_cache_malloc(64)]
            plo_alloc_cache_free(record.pointers[0])
            plo_alloc_cache_thread_drain()
        }
        #expect(second.stats.map(\.blocks) == [1])
        #expect(second.pointers[0] == first.pointers[0])
    }

    @Test(.enabled(if: plo_alloc_cache_enabled() != 0, "the cache is compiled out under a sanitizer"))
    func aThreadThatEndsGivesItsBlocksBack() {
        let before = plo_alloc_cache_blocks_drained_at_thread_exit()
        let record = Record()
        onFreshThread(record) { record in
            let blocks = (0..<37).map { _ in plo_alloc_cache_malloc(24) }
            for block in blocks { plo_alloc_cache_free(block) }
            record.noteStats()  // 37 held, and the thread ends without draining
        }
        #expect(record.stats.map(\.blocks) == [37])
        #expect(plo_alloc_cache_blocks_drained_at_thread_exit() >= before + 37)
    }

    @Test func libxml2AllocatesThroughTheCacheUnlessTurnedOff() {
        XMLLibrary.initialize()
        var freeFunction: xmlFreeFunc?
        var mallocFunction: xmlMallocFunc?
        var reallocFunction: xmlReallocFunc?
        var strdupFunction: xmlStrdupFunc?
        xmlMemGet(&freeFunction, &mallocFunction, &reallocFunction, &strdupFunction)
        let installed = [
            freeFunction.map { unsafeBitCast($0, to: UnsafeRawPointer.self) }, mallocFunction.map { unsafeBitCast($0, to: UnsafeRawPointer.self) },
        ]
        let cache = [
            unsafeBitCast(plo_alloc_cache_free as xmlFreeFunc, to: UnsafeRawPointer.self),
            unsafeBitCast(plo_alloc_cache_malloc as xmlMallocFunc, to: UnsafeRawPointer.self),
        ]
        #expect((installed == cache) == LibXML.allocationCacheInstalled)
        // Whatever is installed, a parse and a free work with it.
        let outcome = XMLParser.parse(Array("<a><b>tekst</b></a>".utf8), name: "a.xml")
        #expect(outcome.document?.root?.localName == "a")
    }

    @Test func onlyZeroTurnsTheCacheOff() {
        #expect(LibXML.allocationCacheRequested(by: nil))
        #expect(LibXML.allocationCacheRequested(by: "1"))
        #expect(LibXML.allocationCacheRequested(by: ""))
        #expect(!LibXML.allocationCacheRequested(by: "0"))
    }
}
