import Foundation
import TestSupport

/// A scripted stand-in for the EPJ under test (a test helper, not part of the product): it
/// renames complete files into `plo serve`'s inbox and reads what appears in the outbox.
struct StandInEPJ {
    let root: URL
    var inbox: URL { root.appendingPathComponent("inbox") }
    var outbox: URL { root.appendingPathComponent("outbox") }
    var journal: URL { root.appendingPathComponent("journal.sqlite") }

    init(_ name: String) throws {
        root = try ServeFixtures.temporaryFolder(name)
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
    }

    /// Writes a message the way an EPJ should: a temporary name, then a rename into place.
    func send(_ bytes: [UInt8], as name: String) throws {
        let temp = inbox.appendingPathComponent(".\(name).part")
        try Data(bytes).write(to: temp)
        try FileManager.default.moveItem(at: temp, to: inbox.appendingPathComponent(name))
    }

    /// The outbox files, by name.
    func received() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".xml") }.sorted().map { name in
            (name, try String(contentsOf: outbox.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// Runs `plo serve` on this EPJ's folders and journal.
    func serve(_ arguments: [String], timeout: TimeInterval = 120) throws -> CLIResult {
        try CLI.run(
            ["serve", "--inbox", inbox.path, "--outbox", outbox.path, "--journal", journal.path] + arguments, timeout: timeout)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The text of the first `<name>` element.
    static func element(_ name: String, in text: String) -> String? {
        guard let open = text.range(of: "<\(name)>"), let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// An AppRec's acknowledged MsgId (OriginalMsgId/Id).
    static func acknowledged(_ appRec: String) -> String? {
        guard let original = appRec.range(of: "<OriginalMsgId>") else { return nil }
        return element("Id", in: String(appRec[original.upperBound...]))
    }
}
