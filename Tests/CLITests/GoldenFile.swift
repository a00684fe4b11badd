import AppCore
import Foundation
import TestSupport
import Testing
import XMLCore

/// Expected reports kept as files under `Tests/CLITests/Goldens/<command>/<case>.<ext>`: the
/// output contract of `plo validate`, `plo flow` and `plo serve`, byte for byte.
///
/// `RECORD_GOLDENS=1 swift test --filter Golden` writes what the code prints now instead of
/// comparing (then review the diff before committing it).
///
/// Goldens hold no machine-specific path (inputs are named relative to the package root) and
/// not the version: ``AppInfo/version`` where a report prints it is written as
/// ``versionPlaceholder``, so a version bump needs no re-recording.
enum GoldenFile {
    /// `Tests/CLITests/Goldens`.
    static let folder = TestPaths.root.appendingPathComponent("Tests/CLITests/Goldens")

    /// Whether this run records goldens instead of comparing with them.
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// What stands for the version in a golden.
    static let versionPlaceholder = "<plo-version>"

    /// `text` as a golden holds it: the version where reports print it (JSON and SARIF
    /// `"version"` fields, the HTML footer) replaced by ``versionPlaceholder``.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\"version\": \"\(AppInfo.version)\"", with: "\"version\": \"\(versionPlaceholder)\"")
            .replacingOccurrences(of: "(PLOKit \(AppInfo.version))", with: "(PLOKit \(versionPlaceholder))")
    }

    /// Compares `actual` with the golden at `relative` (or records it), reporting the first line
    /// that differs.
    static func check(_ actual: String, _ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = normalized(actual)
        #expect(!text.isEmpty, "\(relative): empty report", sourceLocation: sourceLocation)
        #expect(!text.contains(TestPaths.root.path), "\(relative) names the package root", sourceLocation: sourceLocation)
        #expect(!text.contains(FileManager.default.temporaryDirectory.path), "\(relative) names a temporary folder", sourceLocation: sourceLocation)
        let url = folder.appendingPathComponent(relative)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden \(relative): record it with RECORD_GOLDENS=1 swift test --filter Golden", sourceLocation: sourceLocation)
            return
        }
        guard text != expected else { return }
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        Issue.record(
            """
            \(relative) differs from its golden at line \(line + 1) (\(got.count) lines, golden \(want.count)):
            got:    \(line < got.count ? String(got[line]) : "<end>")
            golden: \(line < want.count ? String(want[line]) : "<end>")
            """, sourceLocation: sourceLocation)
    }

    /// The file extension of a golden in `format`.
    static func ext(_ format: OutputFormat) -> String {
        switch format {
        case .text: "txt"
        case .json: "json"
        case .junit: "junit.xml"
        case .sarif: "sarif"
        case .html: "html"
        }
    }
}
