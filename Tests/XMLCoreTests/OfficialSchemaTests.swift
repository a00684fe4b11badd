import Foundation
import Testing
import TestSupport
@testable import XMLCore

let ploNamespaces = [
    "http://www.kith.no/xmlstds/msghead/2006-05-24",
    "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01",
    "http://www.kith.no/xmlstds/po/HelseopplysningerVedSoknad/2012-04-01",
    "http://www.kith.no/xmlstds/po/Innleggelsesrapport/2012-04-01",
    "http://www.kith.no/xmlstds/po/TverrfagligEpikrise/2012-04-01",
    "http://www.kith.no/xmlstds/po/HelseopplysningerTilLege/2012-04-01",
    "http://www.kith.no/xmlstds/po/MedisinskeOpplysninger/2012-04-01",
    "http://www.kith.no/xmlstds/po/OrienteringOmTjenestetilbud/2012-04-01",
    "http://www.kith.no/xmlstds/apprec/2012-02-15",
]

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
