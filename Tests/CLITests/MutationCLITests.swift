import Foundation
import TestSupport
import Testing

/// The black-box mutation test (issue 14): a few thousand mutated messages, written to one
/// folder and run through the real binary in one call each of `plo validate` and `plo flow`.
/// Whatever the input, plo must exit 0, 1 or 2 and report every file exactly once.
///
/// CI uses the fixed seed; `scripts/mutate-run.sh` runs more files with a random seed
/// (`PLO_MUTATION_SEED`, `PLO_MUTATION_COUNT`; `PLO_MUTATION_KEEP=1` keeps the folder,
/// `PLO_MUTATION_KEEP_ON_FAILURE=1` keeps it when something fails).
@Suite(.serialized) struct MutationCLITests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["PLO_MUTATION_SEED"].flatMap { UInt64($0) } ?? 14
    static let count = environment["PLO_MUTATION_COUNT"].flatMap { Int($0) } ?? 3000

    /// The project's own fixtures (messages, rule fixtures, flows): the mutation seeds.
    static func seeds() -> [[UInt8]] {
        TestPaths.xmlFiles(in: TestPaths.root.appendingPathComponent("Fixtures")).compactMap { try? Array(Data(contentsOf: $0)) }
    }

    /// Writes `count` mutated documents to a new folder; returns it and the file paths.
    static func corpus() throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-mutation-\(seed)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var mutator = MessageMutator(seed: seed, seeds: seeds())
        var paths: [String] = []
        for index in 0..<count {
            let file = folder.appendingPathComponent(String(format: "m%06d.xml", index))
            try Data(mutator.nextDocument()).write(to: file)
            paths.append(file.path)
        }
        return (folder, paths)
    }

    private func report(_ command: String, _ folder: URL) throws -> (CLIResult, [String: Any]) {
        let result = try CLI.run([command, "--format", "json", folder.path], timeout: 600)
        #expect([0, 1, 2].contains(result.exitCode), "\(command) exit \(result.exitCode): \(result.stderr.suffix(2000))")
        let object = try #require(
            try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "\(command): no well-formed JSON report (exit \(result.exitCode)): \(result.stderr.suffix(2000))")
        return (result, object)
    }

    @Test func everyMutatedFileGetsExactlyOneResult() throws {
        let (folder, paths) = try Self.corpus()
        // Kept with PLO_MUTATION_KEEP; with PLO_MUTATION_KEEP_ON_FAILURE unless everything matched.
        let keepAlways = Self.environment["PLO_MUTATION_KEEP"] != nil
        var keep = keepAlways || Self.environment["PLO_MUTATION_KEEP_ON_FAILURE"] != nil
        defer {
            if keep {
                print("mutation corpus kept in \(folder.path) (seed \(Self.seed))")
            } else {
                try? FileManager.default.removeItem(at: folder)
            }
        }
        let expected = paths.sorted()

        let (validate, validation) = try report("validate", folder)
        let results = try #require(validation["results"] as? [[String: Any]])
        let validated = results.compactMap { $0["file"] as? String }.sorted()
        #expect(validated == expected, "seed \(Self.seed): validate reported \(validated.count) results for \(expected.count) files")
        for entry in results {
            #expect(entry["valid"] is Bool && entry["findings"] is [[String: Any]], "\(entry["file"] ?? "?")")
            for finding in entry["findings"] as? [[String: Any]] ?? [] {
                #expect(!((finding["rule"] as? String) ?? "").isEmpty && !((finding["message"] as? String) ?? "").isEmpty)
            }
        }
        let summary = try #require(validation["summary"] as? [String: Int])
        #expect(summary["files"] == expected.count)
        #expect(validate.exitCode == ((summary["errors"] ?? 0) > 0 ? 1 : 0))

        let (flow, flowReport) = try report("flow", folder)
        let stays = try #require(flowReport["stays"] as? [[String: Any]])
        let unassigned = try #require(flowReport["unassigned"] as? [[String: Any]])
        // Every file is a stay message, an identical resend of one, an AppRec under the message
        // it acknowledges, or unassigned.
        let stayMessages = stays.flatMap { ($0["messages"] as? [[String: Any]]) ?? [] }
        let inStays =
            stayMessages.compactMap { $0["file"] as? String }
            + stayMessages.flatMap { ($0["resends"] as? [String]) ?? [] }
            + stayMessages.flatMap { ($0["receipts"] as? [[String: Any]]) ?? [] }.compactMap { $0["file"] as? String }
        let reported = (inStays + unassigned.compactMap { $0["file"] as? String }).sorted()
        #expect(reported == expected, "seed \(Self.seed): flow reported \(reported.count) entries for \(expected.count) files")
        #expect(flow.exitCode == 0 || flow.exitCode == 1)
        let allMatched = reported == expected && validated == expected && [0, 1].contains(validate.exitCode) && [0, 1].contains(flow.exitCode)
        if allMatched && !keepAlways { keep = false }
    }
}
