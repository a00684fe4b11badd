import Foundation
import TestSupport
import Testing

@testable import XMLCore

/// The safety limits added for issue 14: attributes per element, encodings, the parse time
/// budget, the `d_name` read, and folder identities.
@Suite struct InputLimitsTests {
    private func limitMessage(_ xml: [UInt8], limits: ParseLimits = .default) -> String? {
        let outcome = XMLParser.parse(xml, name: "t.xml", limits: limits)
        #expect(outcome.document == nil)
        return outcome.findings.first { $0.rule == CoreRule.limit }?.message
    }

    private func attributes(_ count: Int, quote: String = "\"") -> String {
        (0..<count).map { "a\($0)=\(quote)x\(quote)" }.joined(separator: " ")
    }

    @Test func attributesUpToTheLimitParse() {
        let xml = Array("<root \(attributes(256))/>".utf8)
        #expect(XMLParser.parse(xml, name: "t.xml").document != nil)
        let namespaces = (0..<10).map { "xmlns:p\($0)=\"urn:\($0)\"" }.joined(separator: " ")
        #expect(XMLParser.parse(Array("<root \(namespaces) \(attributes(246))/>".utf8), name: "t.xml").document != nil)
    }

    @Test func oneAttributeTooManyIsRefused() {
        let message = limitMessage(Array("<root>\n<child \(attributes(257, quote: "'"))/></root>".utf8))
        #expect(message?.contains("more than 256 attributes") == true, "\(message ?? "nil")")
        let finding = XMLParser.parse(Array("<root>\n<child \(attributes(300))/></root>".utf8), name: "t.xml").findings.first
        #expect(finding?.line == 2)
    }

    @Test func quotedEqualsSignsCommentsAndCDATAAreNotAttributes() {
        let value = String(repeating: "a=b&amp;", count: 400)
        let xml = "<root v=\"\(value)\" w='\(value)'><!-- \(attributes(400)) --><![CDATA[<x \(attributes(400))>]]><?pi \(attributes(400))?></root>"
        #expect(XMLParser.parse(Array(xml.utf8), name: "t.xml").document != nil)
    }

    @Test func utf16AndUCS4AreCountedByCodeUnit() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a \(attributes(400))/>"
        var le = Data([0xFF, 0xFE])
        le.append(try #require(text.data(using: .utf16LittleEndian)))
        #expect(limitMessage(Array(le))?.contains("attributes") == true)
        var be = Data([0xFE, 0xFF])
        be.append(try #require(text.data(using: .utf16BigEndian)))
        #expect(limitMessage(Array(be))?.contains("attributes") == true)
        let ucs4 = try #require(("<a \(attributes(400))/>").data(using: .utf32BigEndian))
        #expect(limitMessage(Array(ucs4))?.contains("attributes") == true)
    }

    @Test(arguments: ["UTF-7", "ISO-2022-JP", "EBCDIC-US", "x"])
    func encodingsThatCanHideMarkupAreRefused(_ name: String) {
        let message = limitMessage(Array("<?xml version=\"1.0\" encoding=\"\(name)\"?><a/>".utf8))
        #expect(message?.contains("encoding \"\(name)\" is not accepted") == true, "\(message ?? "nil")")
    }

    @Test(arguments: ["UTF-8", "utf-8", "ISO-8859-1", "iso-8859-15", "windows-1252", "US-ASCII"])
    func ordinaryEncodingsAreAccepted(_ name: String) {
        #expect(InputPrescan.isAccepted(encoding: name))
        #expect(XMLParser.parse(Array("<?xml version=\"1.0\" encoding=\"\(name)\"?><a b='1'/>".utf8), name: "t.xml").document != nil)
    }

    @Test func ebcdicIsRefused() {
        #expect(limitMessage([0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40])?.contains("EBCDIC") == true)
    }

    /// Many namespace declarations in scope make libxml2 2.9 search long lists for every
    /// unprefixed element: without the budget this input takes minutes.
    @Test func theTimeBudgetStopsASlowParse() {
        let depth = 200
        let head = (0..<depth).map { level in
            "<e\(level) " + (0..<100).map { "xmlns:p\(level)_\($0)=\"u:\($0)\"" }.joined(separator: " ") + ">"
        }.joined()
        let tail = (0..<depth).reversed().map { "</e\($0)>" }.joined()
        let xml = Array((head + String(repeating: "<q/>", count: 400_000) + tail).utf8)
        let started = ContinuousClock.now
        let message = limitMessage(xml, limits: ParseLimits(maxParseSeconds: 0.3))
        #expect(message?.contains("time budget") == true, "\(message ?? "nil")")
        #expect(ContinuousClock.now - started < .seconds(30))  // minutes without the budget (30 s: room for sanitizer builds)
        // The same context parses the next input normally (the guard is re-armed).
        let context = XMLParserContext()
        _ = context?.parse(xml, name: "slow.xml", limits: ParseLimits(maxParseSeconds: 0.3))
        #expect(context?.parse(Array("<a/>".utf8), name: "fast.xml").document != nil)
    }

    @Test func directoryNamesAreReadExactly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["a", "bb.xml", String(repeating: "n", count: 255), "æøå.xml", String(repeating: "é", count: 127)]
        for name in names { try Data().write(to: folder.appendingPathComponent(name)) }
        #expect(FilePaths.listDirectory(folder.path).sorted() == names.sorted())
        #expect(FilePaths.directoryEntries(folder.path).map(\.name).sorted() == names.sorted())
        #expect(FilePaths.directoryEntries(folder.path).allSatisfy { $0.kind == .regularFile })
    }

    @Test func identitiesFollowLinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-id-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        #expect(FilePaths.identity(of: folder.path) != nil)
        #expect(FilePaths.identity(of: folder.appendingPathComponent("self").path) == FilePaths.identity(of: folder.path))
        #expect(FilePaths.identity(of: folder.appendingPathComponent("missing").path) == nil)
    }

    @Test func readerLimitsNeverOverflow() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plo-read-\(UUID().uuidString).xml")
        try Data("<a/>".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard case .bytes(let bytes) = try InputReader.read(path: file.path, maxBytes: .max) else {
            Issue.record("expected the bytes")
            return
        }
        #expect(bytes == Array("<a/>".utf8))
        guard case .tooLarge = try InputReader.read(path: file.path, maxBytes: 2) else {
            Issue.record("expected too large")
            return
        }
        let tooBig = XMLParser.parse(Array("<a/>".utf8), name: "t.xml", limits: ParseLimits(maxBytes: 3))
        #expect(tooBig.findings.first?.rule == CoreRule.limit)
    }
}
