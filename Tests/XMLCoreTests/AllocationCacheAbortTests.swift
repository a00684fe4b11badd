import Foundation
import TestSupport
import Testing

/// The two ways `CAllocCache` stops a process, as glibc's tcache does: a block freed twice, and a
/// waiting block's link overwritten (a use-after-free write). Each builds a small C program from
/// `Sources/CAllocCache/plo_alloc_cache.c` with the toolchain's C compiler and runs it; the
/// program must die of SIGABRT with the reason on stderr. A third program, with no fault, must
/// exit 0, so a harness that always "aborts" fails.
@Suite struct AllocationCacheAbortTests {
    static let compiler: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        let candidates = path.split(separator: ":").flatMap { ["\($0)/clang", "\($0)/cc"] }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private func run(program body: String) throws -> ToolRun {
        let compiler = try #require(Self.compiler)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-alloc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("main.c")
        try """
        #include <stdint.h>
        #include <stdlib.h>
        #include "plo_alloc_cache.h"
        int main(void) {
        \(body)
            return 0;
        }
        """.write(to: source, atomically: true, encoding: .utf8)
        let cache = TestPaths.root.appendingPathComponent("Sources/CAllocCache")
        let executable = folder.appendingPathComponent("program")
        let build = try runTool(
            compiler,
            [
                "-O1", "-I", cache.appendingPathComponent("include").path, cache.appendingPathComponent("plo_alloc_cache.c").path, source.path, "-o",
                executable.path, "-lpthread",
            ], capturing: .standardError)
        #expect(build.status == 0, "\(build.output)")
        return try runTool(executable.path, [], capturing: .standardError)
    }

    @Test(.enabled(if: compiler != nil, "no C compiler on PATH"))
    func aProgramWithoutAFaultRunsToTheEnd() throws {
        let outcome = try run(
            program: """
                    void *a = plo_alloc_cache_malloc(64);
                    plo_alloc_cache_free(a);
                    void *b = plo_alloc_cache_malloc(64);
                    plo_alloc_cache_free(b);
                    if (a != b) return 3;
                """)
        #expect(outcome.signal == nil)
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test(.enabled(if: compiler != nil, "no C compiler on PATH"))
    func aBlockFreedTwiceStopsTheProcess() throws {
        let outcome = try run(
            program: """
                    void *a = plo_alloc_cache_malloc(64);
                    plo_alloc_cache_free(a);
                    plo_alloc_cache_free(a);
                """)
        #expect(outcome.signal == SIGABRT)
        #expect(outcome.output.contains("a block was freed twice"), "\(outcome.output)")
    }

    @Test(.enabled(if: compiler != nil, "no C compiler on PATH"))
    func anOverwrittenLinkStopsTheProcess() throws {
        // After two frees the list is b -> a; a write into b (freed) replaces its stored link
        // with one that reveals to a misaligned address; the allocation that pops b checks it.
        let outcome = try run(
            program: """
                    void *a = plo_alloc_cache_malloc(64);
                    void *b = plo_alloc_cache_malloc(64);
                    plo_alloc_cache_free(a);
                    plo_alloc_cache_free(b);
                    *(uintptr_t *)b = (((uintptr_t)b) >> 12) ^ (uintptr_t)0x1001;
                    (void)plo_alloc_cache_malloc(64);
                """)
        #expect(outcome.signal == SIGABRT)
        #expect(outcome.output.contains("a freed block's link was overwritten"), "\(outcome.output)")
    }
}
