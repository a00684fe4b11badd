import Testing

@testable import XMLCore

/// The cursor API the profile rules read messages with: in-place name, attribute and text tests
/// must agree with the string-building ones.
@Suite struct NodeTests {
    private let text = """
        <MsgHead xmlns="urn:mh" xmlns:p="urn:p">
          <MsgInfo>
            <Ident><Id> 8100001 </Id><TypeId V="HER" DN="HER-id" S="2.16.578.1.12.4.1.1.9051"/></Ident>
            <Ident><Id>81A</Id><TypeId p:V="ENH" V="HER" S=""/></Ident>
            <Ident><Id/><TypeId V="H&amp;R" DN="split &#x41;ttribute"/></Ident>
            <Note>a<!-- comment -->b</Note>
          </MsgInfo>
          <p:Event><p:Code V="1"/></p:Event>
          <p:Event><p:Code V="2"/></p:Event>
        </MsgHead>
        """

    private func document() throws -> XMLDocument {
        try #require(XMLParser.parse(Array(text.utf8), name: "x").document)
    }

    @Test func attributesAreFoundAndComparedInPlace() throws {
        let info = try #require(try document().root?.child("MsgInfo"))
        let types = info.children("Ident").compactMap { $0.child("TypeId") }
        #expect(types.count == 3)
        #expect(types[0].attribute("S") == "2.16.578.1.12.4.1.1.9051")
        #expect(types[0].attribute("S", is: "2.16.578.1.12.4.1.1.9051"))
        #expect(!types[0].attribute("S", is: "2.16.578.1.12.4.1.1.905"))
        #expect(!types[0].attribute("S", is: "2.16.578.1.12.4.1.1.90511"))
        // Present but empty, absent, and a namespaced attribute of the same local name.
        #expect(types[1].attribute("S") == "")
        #expect(types[1].attribute("S", is: ""))
        #expect(types[1].attribute("DN") == nil)
        #expect(!types[1].attribute("DN", is: ""))
        #expect(types[1].attribute("V") == "HER")
        #expect(types[1].attribute("V", is: "HER"))
        // Entity and character references are resolved either way.
        #expect(types[2].attribute("V") == "H&R")
        #expect(types[2].attribute("V", is: "H&R"))
        #expect(types[2].attribute("DN", is: "split Attribute"))
    }

    @Test func trimmedTextReadsLeavesAndMixedContent() throws {
        let info = try #require(try document().root?.child("MsgInfo"))
        let ids = info.children("Ident").compactMap { $0.child("Id") }
        #expect(ids.map(\.trimmedText) == ["8100001", "81A", ""])
        #expect(ids.map(\.trimmedTextIsDigits) == [true, false, false])
        #expect(ids[0].withTrimmedText { Array($0) } == Array("8100001".utf8))
        // Text around a comment: two text nodes, read through libxml2's content copy.
        #expect(info.child("Note")?.trimmedText == "ab")
    }

    @Test func childWalksAgreeWithArrays() throws {
        let root = try #require(try document().root)
        var names: [String] = []
        root.forEachChild { names.append($0.qualifiedName) }
        #expect(names == root.children.map(\.qualifiedName))
        #expect(names == ["MsgInfo", "p:Event", "p:Event"])
        let events = root.children("Event", namespace: "urn:p")
        #expect(events.allSatisfy { $0.isInNamespace("urn:p") })
        #expect(root.child("MsgInfo")?.isInNamespace("urn:mh") == true)
        #expect(root.child("MsgInfo")?.isInNamespace("urn:p") == false)
    }

    @Test func xpathsNamePrefixesAndPositions() throws {
        let root = try #require(try document().root)
        let events = root.children("Event", namespace: "urn:p")
        #expect(events.map(\.xpath) == ["/MsgHead/p:Event[1]", "/MsgHead/p:Event[2]"])
        #expect(events[1].child("Code")?.xpath == "/MsgHead/p:Event[2]/p:Code")
        let ids = root.child("MsgInfo")?.children("Ident").compactMap { $0.child("Id") } ?? []
        #expect(ids.map(\.xpath) == ["/MsgHead/MsgInfo/Ident[1]/Id", "/MsgHead/MsgInfo/Ident[2]/Id", "/MsgHead/MsgInfo/Ident[3]/Id"])
        #expect(root.xpath == "/MsgHead")
    }
}
