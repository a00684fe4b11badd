import Foundation
import TestSupport
import Testing

/// Organisation names beside HER-ids in the teaching views: the text timeline header, the HTML
/// stay header and index, and `hospitalName`/`municipalityName` on a JSON stay. The names are
/// read from the fixture's own MsgHead, not written into the test.
@Suite struct FlowOrganisationNamesTests {
    static let fixture = "flows/clean-discharge"

    /// Name and HER-id of the top-level `Organisation` under `holder` (`Sender`/`Receiver`) of
    /// the fixture's LOG_INNLAGT (sent by the hospital to the municipality).
    static func party(_ holder: String) throws -> (name: String, her: String) {
        let xml = try String(contentsOf: TestPaths.fixture("\(fixture)/01-innlagt.xml"), encoding: .utf8)
        let pattern = "<\(holder)>\\s*<Organisation>\\s*<OrganisationName>([^<]+)</OrganisationName>\\s*<Ident>\\s*<Id>([^<]+)</Id>"
        let regex = try NSRegularExpression(pattern: pattern)
        let match = try #require(regex.firstMatch(in: xml, range: NSRange(xml.startIndex..., in: xml)))
        let name = try #require(Range(match.range(at: 1), in: xml).map { String(xml[$0]) })
        let her = try #require(Range(match.range(at: 2), in: xml).map { String(xml[$0]) })
        return (name, her)
    }

    @Test func textHTMLAndJSONNameBothParties() throws {
        let hospital = try Self.party("Sender")
        let municipality = try Self.party("Receiver")
        let folder = TestPaths.fixture(Self.fixture).path

        let text = try CLI.run(["flow", folder])
        #expect(text.exitCode == 0, "\(text.stderr)")
        #expect(text.stdout.contains("hospital \(hospital.name) (\(hospital.her))"), "\(text.stdout)")
        #expect(text.stdout.contains("municipality \(municipality.name) (\(municipality.her))"), "\(text.stdout)")

        let html = try CLI.run(["flow", "--format", "html", folder])
        #expect(html.exitCode == 0, "\(html.stderr)")
        #expect(html.stdout.contains("hospital \(hospital.name) (HER \(hospital.her))"))
        #expect(html.stdout.contains("municipality \(municipality.name) (HER \(municipality.her))"))

        let json = try CLI.run(["flow", "--format", "json", folder])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let stay = try #require((object["stays"] as? [[String: Any]])?.first)
        #expect(stay["hospital"] as? String == hospital.her)
        #expect(stay["hospitalName"] as? String == hospital.name)
        #expect(stay["municipality"] as? String == municipality.her)
        #expect(stay["municipalityName"] as? String == municipality.name)
    }

    /// The HTML index (shown from two stays on) names both parties of each stay.
    @Test func htmlIndexNamesTheParties() throws {
        let hospital = try Self.party("Sender")
        let municipality = try Self.party("Receiver")
        let page = try CLI.run(["flow", "--format", "html", TestPaths.fixture(Self.fixture).path, TestPaths.fixture("flows/late-innlagt").path])
        #expect(page.exitCode <= 1, "\(page.stderr)")
        let index = try #require(
            page.stdout.components(separatedBy: "<nav class=\"index\">").dropFirst().first?.components(separatedBy: "</nav>").first)
        #expect(index.contains("<span class=\"parties\">\(hospital.name) → \(municipality.name)</span>"), "\(index)")
    }

    /// Without OrganisationName the views show the HER-id alone and JSON has no name fields.
    @Test func withoutNamesOnlyHERIds() throws {
        let source = TestPaths.fixture(Self.fixture)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-noname-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let regex = try NSRegularExpression(pattern: "<OrganisationName>[^<]*</OrganisationName>")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".xml") {
            let xml = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            let stripped = regex.stringByReplacingMatches(in: xml, range: NSRange(xml.startIndex..., in: xml), withTemplate: "")
            try stripped.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let hospital = try Self.party("Sender")
        let text = try CLI.run(["flow", folder.path])
        #expect(text.stdout.contains("hospital \(hospital.her) "), "\(text.stdout)")
        #expect(!text.stdout.contains(hospital.name))
        let json = try CLI.run(["flow", "--format", "json", folder.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let stay = try #require((object["stays"] as? [[String: Any]])?.first)
        #expect(stay["hospital"] as? String == hospital.her)
        #expect(stay["hospitalName"] == nil)
        #expect(stay["municipalityName"] == nil)
    }
}
