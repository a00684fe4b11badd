import Foundation
import PLOCalendar
import Testing
import XMLCore

/// `Finding` is journaled as JSON by `plo serve`: a message's own finding encodes as it did
/// before findings had files, journals written then still decode, and a flow finding's files,
/// deadline and lateness survive the round trip.
@Suite struct FindingCodingTests {
    private static func keys(_ finding: Finding) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(finding)) as? [String: Any]
        return Set(try #require(object).keys)
    }

    @Test func ownFindingEncodesOnlyWhatIsKnown() throws {
        let own = Finding(rule: "XSD", severity: .error, message: "m", line: 3, xpath: "/MsgHead")
        #expect(try Self.keys(own) == ["rule", "severity", "message", "line", "xpath"])
        let bare = Finding(rule: "XML-LIMIT", severity: .error, message: "too large")
        #expect(try Self.keys(bare) == ["rule", "severity", "message"])
    }

    @Test func journalsWithoutFilesStillDecode() throws {
        let old = #"[{"rule":"PLO-PATIENT-ID","severity":"info","message":"synthetic","line":46,"column":7}]"#
        let decoded = try JSONDecoder().decode([Finding].self, from: Data(old.utf8))
        #expect(decoded == [Finding(rule: "PLO-PATIENT-ID", severity: .info, message: "synthetic", line: 46, column: 7)])
        #expect(decoded.first?.files == [])
    }

    @Test func flowFindingRoundTrips() throws {
        let deadline = try #require(LocalDateTime(iso: "2026-03-02T13:40:00"))
        let finding = Finding(
            rule: "FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H", severity: .error, message: "late", files: ["a.xml", "b.xml"], deadline: deadline,
            lateSeconds: 1_500)
        #expect(try Self.keys(finding) == ["rule", "severity", "message", "files", "deadline", "lateSeconds"])
        #expect(try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(finding)) == finding)
        #expect(finding.about(["c.xml"]).files == ["c.xml"])
        #expect(finding.about(["c.xml"]).deadline == deadline)
    }
}
