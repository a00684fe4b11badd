import CAllocCache
import Foundation
import TestSupport
import Testing

/// libxml2's allocator cache (`CAllocCache`) changes speed, never results: every fixture (valid,
/// invalid, malformed, hostile) and every official example gives the same report, byte for byte,
/// with the cache and with the C library's allocator as it is (`PLOKIT_ALLOC_CACHE=0`), on one
/// worker and on two. (Under a sanitizer the cache is compiled out and there is nothing to compare.)
@Suite(.enabled(if: plo_alloc_cache_enabled() != 0, "the cache is compiled out under a sanitizer"))
struct AllocationCacheCLITests {
    private func sameWithAndWithoutTheCache(_ arguments: [String]) throws {
        let cached = try CLI.run(arguments, environment: ["PLOKIT_ALLOC_CACHE": "1"])
        let plain = try CLI.run(arguments, environment: ["PLOKIT_ALLOC_CACHE": "0"])
        #expect(cached.exitCode == plain.exitCode, "\(arguments)")
        #expect(cached.stdout == plain.stdout, "\(arguments)")
        #expect(cached.stderr == plain.stderr, "\(arguments)")
        // A run that found nothing would prove nothing.
        #expect(cached.stdout.contains("\"findings\""), "\(arguments): \(cached.stderr)")
    }

    @Test(arguments: ["1", "2"])
    func fixturesGiveTheSameReports(jobs: String) throws {
        try sameWithAndWithoutTheCache(["validate", "--format", "json", "--jobs", jobs, "Fixtures"])
        try sameWithAndWithoutTheCache(["flow", "--format", "json", "--jobs", jobs, "Fixtures/flows"])
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func officialExamplesGiveTheSameReports() throws {
        let examples = TestPaths.ehelse.appendingPathComponent("examples/plo-1.6").path
        try sameWithAndWithoutTheCache(["validate", "--format", "json", "--jobs", "2", examples])
        try sameWithAndWithoutTheCache(["validate", "--format", "json", "--schemas", TestPaths.officialSchemas.path, examples])
    }
}
