import Foundation
import TestSupport
import Testing

@testable import PLOSimulator

/// Validates generated messages against the OFFICIAL e-helse schemas with xmllint (skipped,
/// with a note, when ../shared or xmllint is absent).
@Suite struct SchemaValidationTests {
    static let schemas = TestPaths.officialSchemas.path
    static let xmllint = "/usr/bin/xmllint"

    static var available: Bool {
        FileManager.default.fileExists(atPath: schemas + "/ehelseCatalog.xml")
            && FileManager.default.isExecutableFile(atPath: xmllint)
    }

    /// A driver schema importing, leaves first, every namespace the messages use.
    static func driver(in dir: URL) throws -> URL {
        let imports: [(String, String)] = [
            ("http://www.w3.org/2000/09/xmldsig#", "w3c/xmldsig-core-schema.xsd"),
            ("http://www.kith.no/xmlstds", "felleskomponenter/kith.xsd"),
            ("http://www.kith.no/xmlstds/felleskomponent1", "felleskomponenter/felleskomponent1.xsd"),
            ("http://www.kith.no/xmlstds/epj/meta/2008-02-20", "felleskomponenter/EPJ-meta.xsd"),
            ("http://www.kith.no/xmlstds/epj/epj1/2008-02-20", "felleskomponenter/EPJ-cave-mv.xsd"),
            ("http://www.kith.no/xmlstds/epj/epj2/2008-02-20", "felleskomponenter/EPJ-journalnotat-mv.xsd"),
            ("http://www.kith.no/xmlstds/epj/epj3/2008-02-20", "felleskomponenter/EPJ-legemiddel-mv.xsd"),
            ("http://www.kith.no/xmlstds/po/poKomponent/2012-04-01", "plo/v1.6/poKomponent-v1.6.xsd"),
            ("http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01", "plo/v1.6/Pasientlogistikk-v1.6.xsd"),
            ("http://www.kith.no/xmlstds/po/HelseopplysningerVedSoknad/2012-04-01", "plo/v1.6/Helseopplysninger-v1.6.xsd"),
            ("http://www.kith.no/xmlstds/po/Innleggelsesrapport/2012-04-01", "plo/v1.6/Innleggelsesrapport-v1.6.xsd"),
            ("http://www.kith.no/xmlstds/po/TverrfagligEpikrise/2012-04-01", "plo/v1.6/TverrfagligEpikrise-v1.6.xsd"),
            ("http://www.kith.no/xmlstds/apprec/2012-02-15", "applikasjonskvittering/AppRec-v1.1.xsd"),
            ("http://www.kith.no/xmlstds/dialog/2013-01-23", "dialogmelding/2013-01-23/dialogmelding-v1.1.xsd"),
            ("http://www.kith.no/xmlstds/msghead/2006-05-24", "felleskomponenter/MsgHead-v1_2.xsd"),
        ]
        var text = "<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:plokit:test-driver\">\n"
        for (ns, file) in imports {
            text += " <xs:import namespace=\"\(ns)\" schemaLocation=\"\(schemas)/\(file)\"/>\n"
        }
        text += "</xs:schema>\n"
        let url = dir.appendingPathComponent("driver.xsd")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(
        .enabled(
            if: SchemaValidationTests.available, "../shared/reference/ehelse/schemas or /usr/bin/xmllint is absent: official-schema check skipped")
    )
    func generatedMessagesAreValidAgainstOfficialSchemas() throws {
        var faults: [FaultKind: Double] = [:]
        for kind in FaultKind.allCases { faults[kind] = 0.9 / Double(FaultKind.allCases.count) }
        let scenario = Scenario(name: "schema", stays: 80, faults: faults)
        var scenarioWithEvents = scenario
        scenarioWithEvents.events = .init(death: 0.1, avmelding: 0.3, supplement: 0.3, dayZeroAcceptance: 0.8)
        let (out, _) = try RecordingOutput.run(scenarioWithEvents, seed: 77)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plo-sim-schema-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let driver = try Self.driver(in: dir)
        // One of each type plus a spread sample.
        var chosen: [String: (MessageRecord, [UInt8])] = [:]
        for (i, (r, b)) in out.records.enumerated() where chosen[r.type] == nil || i % 7 == 0 {
            chosen[chosen[r.type] == nil ? r.type : r.file] = (r, b)
        }
        var paths: [String] = []
        for (_, (r, b)) in chosen {
            let url = dir.appendingPathComponent(r.file.replacingOccurrences(of: "/", with: "_"))
            try Data(b).write(to: url)
            paths.append(url.path)
        }
        #expect(Set(chosen.values.map(\.0.type)).count >= 9)
        let run = try runTool(Self.xmllint, ["--nonet", "--noout", "--schema", driver.path] + paths.sorted(), capturing: .standardError)
        let problems = run.output.split(separator: "\n").filter { !$0.contains("parser warning") && !$0.hasSuffix(" validates") }
        #expect(run.status == 0, "\(problems.prefix(10).joined(separator: "\n"))")
    }
}
