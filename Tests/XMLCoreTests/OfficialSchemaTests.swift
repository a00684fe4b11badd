import Foundation
import PLOModel
import TestSupport
import Testing

@testable import XMLCore

let ploNamespaces = PLONamespace.required

@Suite struct OfficialSchemaTests {
    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func officialExamplesAreValidUnderOfficialSchemas() throws {
        try expectExamplesValid(under: TestPaths.officialSchemas.path)
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func officialExamplesAreValidUnderBundledSchemas() throws {
        try expectExamplesValid(under: TestPaths.schemas.path)
    }

    private func expectExamplesValid(under directory: String) throws {
        let set = try SchemaSet.compile(directory: directory, required: ploNamespaces)
        let validator = try #require(set.makeValidator())
        #expect(TestPaths.officialExamples.count == 22)
        for url in TestPaths.officialExamples {
            let bytes = try [UInt8](Data(contentsOf: url))
            let outcome = XMLParser.parse(bytes, name: url.lastPathComponent)
            let document = try #require(outcome.document, "\(url.lastPathComponent): \(outcome.findings)")
            let findings = validator.validate(document)
            #expect(findings.isEmpty, "\(url.lastPathComponent): \(findings)")
        }
    }
}
