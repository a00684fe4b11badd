import Foundation
import TestSupport
import Testing

@testable import XMLCore

/// The fast prescan (``InputPrescan``, ``AttributeScan``) refuses exactly what the earlier
/// byte-by-byte scan (``ReferencePrescan``) refused, with the same finding and line: on every
/// fixture and official example, and on generated markup soup in every accepted code-unit layout.
@Suite struct PrescanEquivalenceTests {
    /// Pieces the generated inputs are made of: every character the scan reacts to, alone and
    /// in the sequences that open and close its states.
    static let pieces = [
        "<", ">", "=", "\"", "'", "!", "-", "?", "[", "]", "/", "\n", "a", " ", "ø",
        "<!--", "-->", "--", "<![CDATA[", "]]>", "<?", "?>", "<!", "</a>", "<a ", "<a>", "/>",
        "b=\"1\" ", "c='2' ", "d=\"<\"", "<!DOCTYPE a>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<?xml version='1.0' encoding = 'UTF-7'?>", "<?xml encoding=\"iso-8859-1\"?>", "<?xml encoding=\"cp1252\"?>",
    ]

    /// `text` in the layouts the prescan reads (ASCII pieces, so each byte is one unit).
    static func layouts(_ text: String) -> [[UInt8]] {
        let bytes = Array(text.utf8)
        let le16: [UInt8] = bytes.flatMap { [$0, 0] }
        let be16: [UInt8] = bytes.flatMap { [0, $0] }
        let be32: [UInt8] = bytes.flatMap { [0, 0, 0, $0] }
        let le32: [UInt8] = bytes.flatMap { [$0, 0, 0, 0] }
        let bom8: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bom16le: [UInt8] = [0xFF, 0xFE]
        let bom16be: [UInt8] = [0xFE, 0xFF]
        let bom32be: [UInt8] = [0x00, 0x00, 0xFE, 0xFF]
        let bom32le: [UInt8] = [0xFF, 0xFE, 0x00, 0x00]
        return [
            bytes, bom8 + bytes, bom16le + le16, bom16be + be16, le16, be16, bom32be + be32, bom32le + le32, be32, le32,
            le16 + [0x3C],  // a trailing half unit
        ]
    }

    static func assertSame(_ bytes: [UInt8], maxAttributes: Int, _ label: @autoclosure () -> String) -> Finding? {
        let fast = InputPrescan.refusal(of: bytes, maxAttributes: maxAttributes)
        let reference = ReferencePrescan.refusal(of: bytes, maxAttributes: maxAttributes)
        #expect(fast == reference, "\(label()) maxAttributes \(maxAttributes)")
        return reference
    }

    @Test func generatedMarkupIsJudgedAlike() {
        var generator = SplitMix64(state: 20_261_202)
        var refused = 0
        var passed = 0
        for round in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            let maxAttributes = Int.random(in: 0...3, using: &generator)
            let candidates = text.unicodeScalars.allSatisfy(\.isASCII) ? Self.layouts(text) : [Array(text.utf8)]
            for (index, bytes) in candidates.enumerated() {
                if Self.assertSame(bytes, maxAttributes: maxAttributes, "round \(round) layout \(index): \(text.debugDescription)") == nil {
                    passed += 1
                } else {
                    refused += 1
                }
            }
        }
        // Both verdicts occur often enough for the comparison to mean something.
        #expect(refused > 1000 && passed > 1000, "refused \(refused), passed \(passed)")
    }

    @Test func realMessagesAreJudgedAlike() throws {
        var folders = [TestPaths.root.appendingPathComponent("Fixtures")]
        if TestPaths.hasReference { folders.append(TestPaths.ehelse.appendingPathComponent("examples")) }
        var files = 0
        for folder in folders {
            let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            for case let url as URL in walker where url.pathExtension == "xml" {
                let bytes = try [UInt8](Data(contentsOf: url))
                files += 1
                // Each message as it is, and with a limit low enough to refuse its first element with attributes.
                for maxAttributes in [256, 1, 0] {
                    _ = Self.assertSame(bytes, maxAttributes: maxAttributes, url.path)
                }
            }
        }
        #expect(files > 20)
    }
}
