import Foundation
import TestSupport
import Testing

@testable import XMLCore

@Suite struct ParserTests {
    private func parse(_ text: String, limits: ParseLimits = .default) -> ParseOutcome {
        XMLParser.parse(Array(text.utf8), name: "test.xml", limits: limits)
    }

    @Test func parsesWellFormedDocumentWithLinesAndPaths() throws {
        let outcome = parse("<?xml version=\"1.0\"?>\n<a xmlns=\"urn:x\" xmlns:p=\"urn:p\">\n  <b/>\n  <p:c>tekst</p:c>\n  <b V=\"1\"/>\n</a>\n")
        let root = try #require(outcome.document?.root)
        #expect(root.localName == "a")
        #expect(root.namespaceURI == "urn:x")
        let second = try #require(root.children("b").last)
        #expect(second.line == 5)
        #expect(second.xpath == "/a/b[2]")
        #expect(second.attribute("V") == "1")
        let c = try #require(root.child("c", namespace: "urn:p"))
        #expect(c.xpath == "/a/p:c")
        #expect(c.text == "tekst")
        #expect(root.child("c", namespace: "urn:other") == nil)
    }

    @Test func reportsSyntaxErrorWithLineAndColumn() {
        let outcome = parse("<a>\n  <b>\n</a>\n")
        #expect(outcome.document == nil)
        let finding = outcome.findings.first
        #expect(finding?.rule == CoreRule.wellFormed)
        #expect(finding?.severity == .error)
        #expect(finding?.line == 3)
        #expect((finding?.column ?? 0) > 0)
    }

    @Test(arguments: [
        ("xxe-file", "<!DOCTYPE x [<!ENTITY a SYSTEM \"file:///etc/passwd\">]><x>&a;</x>"),
        ("xxe-http", "<!DOCTYPE x [<!ENTITY a SYSTEM \"http://127.0.0.1:9/x\">]><x>&a;</x>"),
        ("external-dtd", "<!DOCTYPE MsgHead SYSTEM \"http://127.0.0.1:9/msghead.dtd\"><MsgHead/>"),
        ("parameter-entity", "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><x/>"),
    ])
    func refusesDoctypes(name: String, text: String) {
        let outcome = parse(text)
        #expect(outcome.document == nil, "\(name)")
        #expect(outcome.findings.map(\.rule) == [CoreRule.limit], "\(name)")
        #expect(!outcome.findings.description.contains("root:"), "\(name) leaked a local file")
    }

    @Test func refusesBillionLaughs() {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">"
        for level in 1...9 { text += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        text += "]>\n<lolz>&lol9;</lolz>"
        let outcome = parse(text)
        #expect(outcome.document == nil)
        #expect(outcome.findings.first?.rule == CoreRule.limit)
    }

    @Test func refusesDeepNesting() {
        let text = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let outcome = parse(text)
        #expect(outcome.document == nil)
        #expect(outcome.findings.first?.rule == CoreRule.limit)
        #expect(outcome.findings.first?.message.contains("256") == true)
    }

    @Test func enforcesLowerDepthLimit() {
        let text = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        #expect(parse(text).document != nil)
        let outcome = parse(text, limits: ParseLimits(maxDepth: 10))
        #expect(outcome.findings.first?.rule == CoreRule.limit)
    }

    @Test func refusesOversizeInputUnparsed() {
        let outcome = parse("<a>" + String(repeating: "x", count: 2000) + "</a>", limits: ParseLimits(maxBytes: 1000))
        #expect(outcome.findings.first?.rule == CoreRule.limit)
    }

    @Test func rejectsEmptyAndGarbage() {
        #expect(parse("").findings.first?.rule == CoreRule.wellFormed)
        #expect(parse("  \n").findings.first?.rule == CoreRule.wellFormed)
        var generator = SystemRandomNumberGenerator()
        let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let outcome = XMLParser.parse(garbage, name: "garbage")
        #expect(outcome.document == nil)
        #expect(!outcome.findings.isEmpty)
    }

    @Test func rejectsInvalidUTF8() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>".utf8) + [0xFF, 0xFE, 0x41] + Array("</a>".utf8)
        let outcome = XMLParser.parse(bytes, name: "bad")
        #expect(outcome.document == nil)
        #expect(outcome.findings.first?.rule == CoreRule.wellFormed)
        #expect(outcome.findings.first?.line == 2)
    }

    @Test func honoursDeclaredISO88591() throws {
        let bytes =
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<navn>".utf8) + [0xD8, 0x79, 0x61, 0x20, 0xE6, 0xF8, 0xE5] + Array("</navn>".utf8)
        let outcome = XMLParser.parse(bytes, name: "latin1")
        let root = try #require(outcome.document?.root)
        #expect(root.text == "Øya æøå")
        #expect(outcome.document?.declaredEncoding == "ISO-8859-1")
    }

    @Test func keepsManyErrorsBounded() {
        // Well-formedness stops at the first fatal error; the collector caps anything else.
        let outcome = parse("<a>" + String(repeating: "&bad;", count: 1000) + "</a>")
        #expect(outcome.findings.count <= ErrorCollector.maxFindings + 1)
    }
}
