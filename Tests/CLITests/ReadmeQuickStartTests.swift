import Foundation
import TestSupport
import Testing

/// README's quick start shows a real command and its real output.
@Suite struct ReadmeQuickStartTests {
    @Test func theMainCommandPrintsWhatTheREADMEShows() throws {
        let readme = try String(contentsOf: TestPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let quickStart = try #require(readme.components(separatedBy: "## Quick start").dropFirst().first?.components(separatedBy: "\n## ").first)
        let command = try #require(quickStart.split(separator: "\n").first { $0.contains("swift run plo ") })
        let arguments = try #require(command.components(separatedBy: "swift run plo ").last).split(separator: " ").map(String.init)
        let blocks = quickStart.components(separatedBy: "```")
        // The block after the command's block: the output, as printed.
        let output = try #require(blocks.count > 3 ? blocks[3] : nil).trimmingCharacters(in: .newlines)
        let result = try CLI.run(arguments)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .newlines) == output, "README shows:\n\(output)\nplo prints:\n\(result.stdout)")
    }
}
