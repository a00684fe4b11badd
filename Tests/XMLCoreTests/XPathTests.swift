import Testing

@testable import XMLCore

@Suite struct XPathTests {
    private let text = """
        <MsgHead xmlns="urn:mh" xmlns:p="urn:p">
          <MsgInfo><Type V="LOG_INNLAGT"/><Type V="X"/></MsgInfo>
          <p:Event><p:Code V="1"/></p:Event>
          <p:Event><p:Code V="2"/></p:Event>
        </MsgHead>
        """

    private func document() throws -> XMLDocument {
        try #require(XMLParser.parse(Array(text.utf8), name: "x").document)
    }

    @Test func selectsElementsWithNamespaces() throws {
        let doc = try document()
        let types = try doc.select("/m:MsgHead/m:MsgInfo/m:Type", namespaces: ["m": "urn:mh"])
        #expect(types.map { $0.attribute("V") } == ["LOG_INNLAGT", "X"])
        #expect(types.last?.xpath == "/MsgHead/MsgInfo/Type[2]")
        let second = try doc.select("//q:Code[@V='2']", namespaces: ["q": "urn:p"])
        #expect(second.count == 1)
        #expect(second.first?.line == 4)
    }

    @Test func evaluatesStringsAndCounts() throws {
        let doc = try document()
        #expect(try doc.string("string(/m:MsgHead/m:MsgInfo/m:Type/@V)", namespaces: ["m": "urn:mh"]) == "LOG_INNLAGT")
        #expect(try doc.string("count(//*[local-name()='Event'])") == "2")
        let event = try #require(try doc.select("//p:Event", namespaces: ["p": "urn:p"]).last)
        #expect(try doc.string("string(p:Code/@V)", namespaces: ["p": "urn:p"], from: event) == "2")
    }

    @Test func reportsBadExpressions() throws {
        let doc = try document()
        #expect(throws: XPathError.self) { try doc.select("//[") }
        #expect(throws: XPathError.self) { try doc.select("//undeclared:x") }
    }
}
