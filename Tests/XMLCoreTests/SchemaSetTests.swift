import Foundation
import TestSupport
import Testing

@testable import XMLCore

@Suite struct SchemaSetTests {
    @Test func bundledSetCompilesAndValidatesOurFixture() throws {
        let set = try SchemaSet.compile(directory: TestPaths.schemas.path, required: ploNamespaces)
        let validator = try #require(set.makeValidator())
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("messages/innlagt.xml")))
        let document = try #require(XMLParser.parse(bytes, name: "innlagt.xml").document)
        #expect(validator.validate(document).isEmpty)
    }

    @Test func reportsSchemaErrorsWithLineAndPath() throws {
        let set = try SchemaSet.compile(directory: TestPaths.schemas.path, required: ploNamespaces)
        let validator = try #require(set.makeValidator())
        var text = try String(contentsOf: TestPaths.fixture("messages/innlagt.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "<Anslag>false</Anslag>", with: "<Anslag>kanskje</Anslag>")
        let document = try #require(XMLParser.parse(Array(text.utf8), name: "x").document)
        let findings = validator.validate(document)
        let finding = try #require(findings.first)
        #expect(finding.rule == CoreRule.xsd)
        #expect(finding.severity == .error)
        let expectedLine = text.components(separatedBy: "\n").firstIndex { $0.contains("<Anslag>kanskje") }.map { $0 + 1 }
        #expect(finding.line == expectedLine)
        #expect(finding.xpath == "/MsgHead/Document/RefDoc/Content/log:Pasientlogistikk/log:MeldingInnlagtPasient/TidsfestetHendelse/Anslag")
    }

    @Test func unknownContentNamespaceFailsTheStrictWildcard() throws {
        let set = try SchemaSet.compile(directory: TestPaths.schemas.path, required: ploNamespaces)
        let validator = try #require(set.makeValidator())
        var text = try String(contentsOf: TestPaths.fixture("messages/innlagt.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01", with: "urn:example:unknown")
        let document = try #require(XMLParser.parse(Array(text.utf8), name: "x").document)
        #expect(validator.validate(document).contains { $0.message.contains("strict wildcard") })
    }

    @Test func missingCatalogIsAnOperationalError() {
        #expect(throws: SchemaSetError.self) {
            try SchemaSet.compile(directory: TestPaths.fixture("messages").path, required: ploNamespaces)
        }
    }

    @Test func brokenSchemaIsAnOperationalError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plokit-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"><uri name=\"urn:a\" uri=\"a.xsd\"/></catalog>"
            .write(to: folder.appendingPathComponent("catalog.xml"), atomically: true, encoding: .utf8)
        try
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:a\"><xs:element name=\"a\" type=\"xs:nosuchtype\"/></xs:schema>"
            .write(to: folder.appendingPathComponent("a.xsd"), atomically: true, encoding: .utf8)
        #expect(throws: SchemaSetError.self) {
            try SchemaSet.compile(directory: folder.path, required: ["urn:a"])
        }
    }

    @Test func schemaImportsOutsideTheFolderOrOverTheNetworkAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plokit-escape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"><uri name=\"urn:a\" uri=\"a.xsd\"/></catalog>"
            .write(to: folder.appendingPathComponent("catalog.xml"), atomically: true, encoding: .utf8)
        try """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a" xmlns:b="urn:b">
          <xs:import namespace="urn:b" schemaLocation="http://127.0.0.1:9/b.xsd"/>
          <xs:element name="a" type="b:T"/>
        </xs:schema>
        """.write(to: folder.appendingPathComponent("a.xsd"), atomically: true, encoding: .utf8)
        #expect(throws: SchemaSetError.self) {
            try SchemaSet.compile(directory: folder.path, required: ["urn:a"])
        }
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func officialCatalogResolvesCaseMismatchAndOrdersLeavesFirst() throws {
        let catalog = try SchemaCatalog.discover(in: TestPaths.officialSchemas.path, for: ploNamespaces)
        #expect(catalog.path.hasSuffix("ehelseCatalog.xml"))
        let appRec = try #require(catalog.resolve("http://www.kith.no/xmlstds/apprec/2012-02-15"))
        #expect(appRec.hasSuffix("applikasjonskvittering/AppRec-v1.1.xsd"))
        let driver = try SchemaDriver.plan(catalog: catalog, required: ploNamespaces)
        let order = driver.imports.map(\.namespace)
        let kith = try #require(order.firstIndex(of: "http://www.kith.no/xmlstds"))
        let poKomponent = try #require(order.firstIndex(of: "http://www.kith.no/xmlstds/po/poKomponent/2012-04-01"))
        let msgHead = try #require(order.firstIndex(of: "http://www.kith.no/xmlstds/msghead/2006-05-24"))
        #expect(kith < poKomponent)
        #expect(order.contains("http://www.w3.org/2000/09/xmldsig#"))
        #expect(order.firstIndex(of: "http://www.w3.org/2000/09/xmldsig#").map { $0 < msgHead } == true)
    }

    /// A catalog entry is a URL exactly when it contains `://`, as `String.contains` finds it.
    @Test func catalogURLsAreToldFromPaths() {
        let uris = [
            "http://www.w3.org/2001/xml.xsd", "file:///etc/x.xsd", "msghead/MsgHead-v1.2.xsd", "/abs/path.xsd", "a:/b.xsd", "a:b//c.xsd",
            "://", ":/", "", "x:///", "ø://ø", "a/:/b", "urn:no-slashes", "a:/", "::://",
        ]
        for uri in uris {
            #expect(SchemaCatalog.hasScheme(uri) == uri.contains("://"), "\(uri)")
        }
    }
}
