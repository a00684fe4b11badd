import Testing
import XMLCore

/// The folder walk's name order and `*.xml` test (``FilePaths/precedes(_:_:)``,
/// ``FilePaths/hasXMLExtension(_:)``), which replaced `String`'s `<` and `lowercased()`.
@Suite struct FilePathsOrderTests {
    @Test func sortsInByteOrderLikeLsInTheCLocale() {
        let names = ["b.xml", "a.xml", "B.xml", "a", "ab.xml", "a.xml.bak", "000010.xml", "000009.xml", "æ.xml", "z.xml", "Å.xml", ""]
        let sorted = names.sorted { FilePaths.precedes(Array($0.utf8), Array($1.utf8)) }
        #expect(sorted == ["", "000009.xml", "000010.xml", "B.xml", "a", "a.xml", "a.xml.bak", "ab.xml", "b.xml", "z.xml", "Å.xml", "æ.xml"])
        // The C library's order, byte for byte.
        let byStrcmp = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(sorted == byStrcmp)
    }

    /// For ASCII names (every fixture, every simulated file) the order is `String`'s, so reports
    /// keep their order; only differently normalized non-ASCII names may differ.
    @Test func agreesWithStringOrderOnASCII() {
        var generator = SplitMix64(state: 13)
        let alphabet = Array("abcXYZ019-_.".utf8)
        let names = (0..<2000).map { _ in
            String(decoding: (0..<Int(generator.next() % 12)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }, as: UTF8.self)
        }
        #expect(names.sorted { FilePaths.precedes(Array($0.utf8), Array($1.utf8)) } == names.sorted())
    }

    @Test func recognisesXMLInAnyCaseOnly() {
        for name in ["a.xml", "A.XML", "b.Xml", ".xml", "dir/x.xMl"] { #expect(FilePaths.hasXMLExtension(Array(name.utf8)), "\(name)") }
        for name in ["a.xm", "xml", "a.xmll", "a.xsl", "a-xml", "a.x\u{0D}l", "a\u{0E}xml", "", "a.xml~", "æ.xmł"] {
            #expect(!FilePaths.hasXMLExtension(Array(name.utf8)), "\(name)")
        }
    }
}
