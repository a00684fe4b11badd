import Foundation
import TestSupport
import Testing

@testable import XMLCore

/// `SchemaDriver.importedNamespaces` reads a schema only up to its imports with a streaming
/// reader; it must find exactly what a full tree finds.
@Suite struct SchemaImportScanTests {
    /// The imports as a full parse sees them: every `xs:import` child of the root.
    static func treeImports(_ path: String) throws -> [String] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let root = try #require(XMLParser.parse(bytes, name: path, allowDoctype: true).document?.root)
        return root.children("import", namespace: SchemaDriver.xsdNamespace).compactMap { $0.attribute("namespace") }
    }

    static func schemaFiles(under folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "xsd" }.map(\.path).sorted()
    }

    @Test func bundledSchemasScanAsTheTreeReadsThem() throws {
        let files = Self.schemaFiles(under: TestPaths.schemas)
        #expect(files.count >= 10)
        var withImports = 0
        for file in files {
            let scanned = SchemaDriver.importedNamespaces(of: file)
            #expect(scanned == (try Self.treeImports(file)), "\(file)")
            if !scanned.isEmpty { withImports += 1 }
        }
        #expect(withImports >= 5)
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func officialSchemasScanAsTheTreeReadsThem() throws {
        for file in Self.schemaFiles(under: TestPaths.officialSchemas) {
            #expect(SchemaDriver.importedNamespaces(of: file) == (try Self.treeImports(file)), "\(file)")
        }
    }

    /// Annotations (with nested elements) and includes before the imports are passed over; the
    /// first declaration ends the scan; a root that is not `xs:schema` imports nothing.
    @Test func preludeAnnotationsAndTheFirstDeclaration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("a.xsd")
        try """
        <?xml version="1.0"?>
        <!DOCTYPE xs:schema [ <!ENTITY e "x"> ]>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a">
          <xs:annotation><xs:documentation><xs:import namespace="urn:not-this"/>&e;</xs:documentation></xs:annotation>
          <xs:include schemaLocation="b.xsd"/>
          <xs:import namespace="urn:b" schemaLocation="b.xsd"/>
          <xs:import namespace="urn:c">
            <xs:annotation><xs:documentation>c</xs:documentation></xs:annotation>
          </xs:import>
          <xs:import schemaLocation="no-namespace.xsd"/>
          <xs:element name="a" type="xs:string"/>
        </xs:schema>
        """.write(to: schema, atomically: true, encoding: .utf8)
        #expect(SchemaDriver.importedNamespaces(of: schema.path) == ["urn:b", "urn:c"])
        let other = folder.appendingPathComponent("other.xml")
        try "<root xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:import namespace=\"urn:b\"/></root>"
            .write(to: other, atomically: true, encoding: .utf8)
        #expect(SchemaDriver.importedNamespaces(of: other.path).isEmpty)
        #expect(SchemaDriver.importedNamespaces(of: folder.appendingPathComponent("missing.xsd").path).isEmpty)
    }
}
