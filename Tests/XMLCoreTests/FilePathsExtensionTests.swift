import Testing
import XMLCore

/// The folder walk's `*.xml` test (``FilePaths/hasXMLExtension(_:)``), which replaced
/// `lowercased().hasSuffix(".xml")`.
@Suite struct FilePathsExtensionTests {
    @Test func recognisesXMLInAnyCaseOnly() {
        for name in ["a.xml", "A.XML", "b.Xml", ".xml", "dir/x.xMl", "æøå.xml"] { #expect(FilePaths.hasXMLExtension(name), "\(name)") }
        for name in ["a.xm", "xml", "a.xmll", "a.xsl", "a-xml", "a.x\u{0D}l", "a\u{0E}xml", "", "a.xml~", "æ.xmł", "a.\u{D8}ml"] {
            #expect(!FilePaths.hasXMLExtension(name), "\(name)")
        }
    }

    /// The same answer as the expression it replaced, on every name of 2,000 generated ones.
    @Test func agreesWithLowercasedHasSuffix() {
        var generator = SplitMix64(state: 13)
        let pieces = ["a", "X", "m", "L", "l", ".", "x", "M", "ø", "-", "İ", "K"]
        for _ in 0..<2000 {
            let name = (0..<Int(generator.next() % 7)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(FilePaths.hasXMLExtension(name) == name.lowercased().hasSuffix(".xml"), "\(name)")
        }
    }
}
