import Foundation
import TestSupport
import Testing

/// Bad input through the real binary: a clear reason, exit 2 for usage problems, nothing lost and
/// nothing half-written.
@Suite(.serialized) struct ServeBadInputTests {
    static let ciMode = ["--scenario", ServeFixtures.scenarioPath, "--clock", "virtual", "--until-idle"]

    func reason(_ epj: StandInEPJ, _ name: String) -> String? {
        try? String(contentsOf: epj.inbox.appendingPathComponent("rejected/\(name).reason.txt"), encoding: .utf8)
    }

    @Test func notXMLIsRejectedWithAReasonAndNoAppRec() throws {
        let epj = try StandInEPJ("bad-notxml")
        defer { epj.remove() }
        try epj.send(Array("this is not XML at all\n".utf8), as: "garbage.xml")
        let result = try epj.serve(Self.ciMode)
        #expect(result.exitCode == 1, "the XML-WELLFORMED finding is an error: \(result.stderr)")
        #expect(reason(epj, "garbage.xml")?.contains("no sender") == true)
        #expect(FileManager.default.fileExists(atPath: epj.inbox.appendingPathComponent("rejected/garbage.xml").path))
        #expect(try epj.received().isEmpty)
        #expect(result.stdout.contains("XML-WELLFORMED"))
    }

    @Test func doctypeWithExternalEntityIsT01AndNothingIsExpanded() throws {
        let epj = try StandInEPJ("bad-xxe")
        defer { epj.remove() }
        var text = String(decoding: try ServeFixtures.innlagt(), as: UTF8.self)
        text = text.replacingOccurrences(of: "<MsgHead", with: "<!DOCTYPE MsgHead [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<MsgHead")
        text = text.replacingOccurrences(of: "<OrganisationName>Sykehuset Levanger", with: "<OrganisationName>&xxe;Sykehuset Levanger")
        try epj.send(Array(text.utf8), as: "xxe.xml")
        let result = try epj.serve(Self.ciMode)
        #expect(result.exitCode == 1)
        #expect(reason(epj, "xxe.xml")?.contains("T01") == true)
        let out = try epj.received()
        #expect(out.count == 1)
        #expect(out.first?.text.contains("V=\"T01\"") == true)
        #expect(out.allSatisfy { !$0.text.contains("root:") })
    }

    @Test func fortyMegabytesAreRefusedAsT01() throws {
        let epj = try StandInEPJ("bad-large")
        defer { epj.remove() }
        var bytes = try ServeFixtures.innlagt()
        let padding = Array("<!-- \(String(repeating: "x", count: 40 * 1024 * 1024)) -->\n".utf8)
        bytes.append(contentsOf: padding)
        try epj.send(bytes, as: "large.xml")
        let result = try epj.serve(Self.ciMode)
        #expect(result.exitCode == 1)
        #expect(reason(epj, "large.xml")?.contains("T01") == true)
        // The file is kept whole in rejected/, and the AppRec names the limit.
        let kept = try FileManager.default.attributesOfItem(atPath: epj.inbox.appendingPathComponent("rejected/large.xml").path)
        #expect((kept[.size] as? Int) == bytes.count)
        let out = try epj.received()
        #expect(out.count == 1)
        #expect(out.first?.text.contains("limit") == true)
    }

    @Test func aFileStillBeingWrittenIsLeftAlone() throws {
        let epj = try StandInEPJ("bad-partial")
        defer { epj.remove() }
        let bytes = try ServeFixtures.innlagt()
        // Not yet renamed into place: a hidden temporary name, and a name without .xml.
        try Data(bytes.prefix(500)).write(to: epj.inbox.appendingPathComponent(".second.xml.part"))
        try Data(bytes.prefix(500)).write(to: epj.inbox.appendingPathComponent("third.xml.tmp"))
        try epj.send(bytes, as: "innlagt.xml")
        let result = try epj.serve(Self.ciMode)
        #expect(result.exitCode != 2, "\(result.stdout)\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: epj.inbox.path).sorted()
        #expect(left == [".second.xml.part", "processed", "rejected", "third.xml.tmp"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: epj.inbox.appendingPathComponent("processed").path) == ["innlagt.xml"])
        #expect(try epj.received().filter { $0.name.contains("-APPREC-") }.count == 1)
    }

    @Test func anOutboxNameClashKeepsBothFiles() throws {
        // A first run tells the names plo will write (same seed, same input, same names).
        let first = try StandInEPJ("bad-clash-a")
        defer { first.remove() }
        let bytes = try ServeFixtures.innlagt()
        try first.send(bytes, as: "innlagt.xml")
        _ = try first.serve(Self.ciMode)
        let names = try first.received().map(\.name)
        let appRecName = try #require(names.first { $0.contains("-APPREC-") })

        let epj = try StandInEPJ("bad-clash-b")
        defer { epj.remove() }
        let squatter = Array("<note>someone else's file</note>\n".utf8)
        try Data(squatter).write(to: epj.outbox.appendingPathComponent(appRecName))
        try epj.send(bytes, as: "innlagt.xml")
        let result = try epj.serve(Self.ciMode)
        #expect(result.exitCode != 2)
        #expect(result.stderr.contains("outbox already has another file named \(appRecName)"))
        // The other file is untouched; the AppRec is there under the next free name.
        #expect(try Data(contentsOf: epj.outbox.appendingPathComponent(appRecName)) == Data(squatter))
        let renamed = String(appRecName.dropLast(4)) + ".2.xml"
        #expect(try epj.received().contains { $0.name == renamed && $0.text.contains("<AppRec") })
    }

    @Test func anUnwritableOutboxIsExit2AndTheInboxIsUntouched() throws {
        let epj = try StandInEPJ("bad-outbox")
        defer { epj.remove() }
        try epj.send(try ServeFixtures.innlagt(), as: "innlagt.xml")
        let blocker = epj.root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let result = try CLI.run(
            ["serve", "--inbox", epj.inbox.path, "--outbox", blocker.appendingPathComponent("out").path, "--journal", epj.journal.path]
                + Self.ciMode)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("plo: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: epj.inbox.appendingPathComponent("innlagt.xml").path))
    }

    @Test(arguments: [
        (["--clock", "real", "--until-idle"], "--until-idle needs --clock virtual"),
        (["--clock", "virtual", "--duration", "4 hours"], "not an ISO 8601 duration"),
        (["--fault", "explode"], "--fault explode"),
        (["--speed", "0"], "--speed"),
    ])
    func usageErrorsAreExit2WithAReason(_ arguments: [String], _ expected: String) throws {
        let epj = try StandInEPJ("bad-usage")
        defer { epj.remove() }
        let result = try epj.serve(["--scenario", ServeFixtures.scenarioPath] + arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test func withoutFoldersTheMissingHTTPFaceIsSaid() throws {
        let result = try CLI.run(["serve", "--clock", "virtual", "--until-idle"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--inbox DIR --outbox DIR"))
    }
}
