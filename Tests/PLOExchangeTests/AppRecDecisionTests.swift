import AppCore
import Foundation
import PLOExchange
import PLOModel
import PLORules
import TestSupport
import Testing
import XMLCore

/// One received message per AppRec code (serve.md, HIS 80415): the decision, and the AppRec
/// the counterpart then sends — addressed back to the sender, valid under the schemas.
@Suite struct AppRecDecisionTests {
    /// Receives `bytes`, lets the clock run a day, and returns the outcome and the AppRecs sent.
    func answer(_ bytes: [UInt8], name: String = "message.xml") throws -> (Exchange.Outcome, [String]) {
        let folder = try ServeFixtures.temporaryFolder("apprec")
        defer { try? FileManager.default.removeItem(at: folder) }
        let exchange = try ServeFixtures.exchange(in: folder)
        let outcome = try #require(try exchange.receive([Exchange.Incoming(name: name, bytes: bytes)]).first)
        try exchange.advance(to: exchange.now + 3600)
        let appRecs = try exchange.undelivered().filter { $0.name.contains("-APPREC-") }.map { String(decoding: $0.bytes, as: UTF8.self) }
        return (outcome, appRecs)
    }

    func expectRejected(_ bytes: [UInt8], _ code: AppRecCode) throws {
        let (outcome, appRecs) = try answer(bytes)
        guard case .rejected(_, let got, _) = outcome else {
            Issue.record("expected \(code.rawValue), got \(outcome)")
            return
        }
        #expect(got == code)
        #expect(appRecs.count == 1)
        let rec = try #require(appRecs.first)
        #expect(rec.contains("<Status V=\"2\" DN=\"Avvist\"/>"))
        #expect(
            rec.contains("V=\"\(code.rawValue)\" DN=\"\(code.displayName.replacingOccurrences(of: "'", with: "&apos;"))\"")
                || rec.contains("V=\"\(code.rawValue)\""))
        // Back to the sender (the hospital ward), from the municipality.
        #expect(rec.contains("<Receiver>\n\t\t<HCP>\n\t\t\t<Inst>\n\t\t\t\t<Name>Sykehuset Levanger</Name>\n\t\t\t\t<Id>8100001</Id>"))
        try expectSchemaValid(rec)
    }

    func expectSchemaValid(_ text: String) throws {
        let engine = try ServeFixtures.engine()
        let result = engine.process(bytes: Array(text.utf8), name: "apprec.xml", validator: engine.schemas.makeValidator()) { _ in () }
        let errors = result.result.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "AppRec not valid: \(errors)")
        if TestPaths.hasReference {
            let official = try ServeFixtures.engine(schemas: TestPaths.officialSchemas)
            let check = official.process(bytes: Array(text.utf8), name: "apprec.xml", validator: official.schemas.makeValidator()) { _ in () }
            #expect(check.result.findings.filter { $0.rule == CoreRule.xsd }.isEmpty, "AppRec not valid under the official schemas")
        }
    }

    @Test func wellFormedValidMessageGetsOK() throws {
        let (outcome, appRecs) = try answer(try ServeFixtures.innlagt())
        guard case .accepted = outcome else {
            Issue.record("expected accepted, got \(outcome)")
            return
        }
        #expect(appRecs.count == 1)
        let rec = try #require(appRecs.first)
        #expect(rec.contains("<Status V=\"1\" DN=\"OK\"/>"))
        #expect(!rec.contains("<Error"))
        try expectSchemaValid(rec)
    }

    @Test func notWellFormedIsT01() throws {
        let bytes = try ServeFixtures.innlagt()
        // Cut inside the content: the envelope (MsgId, sender) is still readable as text.
        try expectRejected(Array(bytes.prefix(bytes.count * 3 / 4)), .t01)
    }

    @Test func doctypeWithExternalEntityIsT01() throws {
        let bytes = try ServeFixtures.replacing(
            "<MsgHead", with: "<!DOCTYPE MsgHead [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<MsgHead", in: try ServeFixtures.innlagt())
        try expectRejected(try ServeFixtures.replacing("<MIGversion>", with: "<!-- &xxe; --><MIGversion>", in: bytes), .t01)
    }

    @Test func schemaInvalidIsT02() throws {
        try expectRejected(try ServeFixtures.replacing("<MIGversion>v1.2 2006-05-24</MIGversion>", with: "", in: try ServeFixtures.innlagt()), .t02)
    }

    @Test func msgIdNotUUIDIsE10() throws {
        let bytes = try ServeFixtures.innlagt()
        let text = String(decoding: bytes, as: UTF8.self)
        let start = try #require(text.range(of: "<MsgId>"))
        let end = try #require(text.range(of: "</MsgId>"))
        let msgId = String(text[start.upperBound..<end.lowerBound])
        try expectRejected(try ServeFixtures.replacing(msgId, with: "MSG-2026-0001", in: bytes), .e10)
    }

    @Test func patientNotIdentifiedIsE36() throws {
        let bytes = try ServeFixtures.innlagt()
        let text = String(decoding: bytes, as: UTF8.self)
        let patient = try #require(text.range(of: "<Patient>"))
        let id = try #require(text.range(of: "<Id>", range: patient.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "</Id>", range: id.upperBound..<text.endIndex))
        let fnr = String(text[id.upperBound..<end.lowerBound])
        try expectRejected(try ServeFixtures.replacing("<Id>\(fnr)</Id>", with: "<Id>12345678901</Id>", in: bytes), .e36)
    }

    @Test func patientWithoutNameIsE36() throws {
        var text = String(decoding: try ServeFixtures.innlagt(), as: UTF8.self)
        let start = try #require(text.range(of: "<Patient>")).lowerBound
        let end = try #require(text.range(of: "</Patient>", range: start..<text.endIndex)).upperBound
        var patient = String(text[start..<end])
        #expect(patient.contains("<FamilyName>"), "the fixture's patient has a name to remove")
        for tag in ["FamilyName", "MiddleName", "GivenName"] {
            while let open = patient.range(of: "<\(tag)>"), let close = patient.range(of: "</\(tag)>", range: open.upperBound..<patient.endIndex) {
                patient.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        text.replaceSubrange(start..<end, with: patient)
        try expectRejected(Array(text.utf8), .e36)
    }

    @Test func unknownReceiverIsE21() throws {
        var bytes = try ServeFixtures.innlagt()
        bytes = try ServeFixtures.replacing("<Id>8200002</Id>", with: "<Id>8299999</Id>", in: bytes)
        bytes = try ServeFixtures.replacing("<Id>82000021</Id>", with: "<Id>82999991</Id>", in: bytes)
        try expectRejected(bytes, .e21)
    }

    @Test func profileErrorStillOK() throws {
        // A wrong display name for the message type: PLO-TYPE-MISMATCH, an error of the profile,
        // which HIS 80415 makes no ground for rejection.
        let bytes = try ServeFixtures.replacing(
            "DN=\"Melding om innlagt pasient\"", with: "DN=\"Innleggelsesrapport\"", in: try ServeFixtures.innlagt())
        let (outcome, appRecs) = try answer(bytes)
        guard case .accepted(let seq) = outcome else {
            Issue.record("expected accepted, got \(outcome)")
            return
        }
        #expect(seq > 0)
        #expect(appRecs.first?.contains("<Status V=\"1\" DN=\"OK\"/>") == true)
        // The profile finding is kept and reported.
        let folder = try ServeFixtures.temporaryFolder("apprec-profile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let exchange = try ServeFixtures.exchange(in: folder)
        _ = try exchange.receive([Exchange.Incoming(name: "wrong-dn.xml", bytes: bytes)])
        let report = try exchange.flowReport()
        #expect(report.allFindings.contains { $0.rule == "PLO-TYPE-MISMATCH" && $0.files == ["wrong-dn.xml"] })
    }

    @Test func decisionOrderFollowsServeSpec() {
        // T01 wins over everything; without a readable message there is nothing else to judge.
        let bad = Finding(rule: CoreRule.wellFormed, severity: .error, message: "x")
        #expect(AppRecDecision.decide(findings: [bad], facts: nil, counterpart: []).code == .t01)
        var facts = ReceivedFacts(type: "LOG_INNLAGT", msgId: "not-a-uuid", receiver: PartyFacts(her: "1"), patientId: "1")
        let xsd = Finding(rule: CoreRule.xsd, severity: .error, message: "x")
        #expect(AppRecDecision.decide(findings: [xsd], facts: facts, counterpart: ["1"]).code == .t02)
        #expect(AppRecDecision.decide(findings: [], facts: facts, counterpart: ["1"]).code == .e10)
        facts.msgId = "ef8a0d2c-e003-49c6-ab6d-d5ff979d2193"
        #expect(AppRecDecision.decide(findings: [], facts: facts, counterpart: ["1"]).code == .e36)
        facts.patientId = "04813000097"
        // A valid number without a name is not enough (HIS 80415 3.3.4: name and fødselsnummer).
        #expect(AppRecDecision.decide(findings: [], facts: facts, counterpart: ["1"]).code == .e36)
        facts.patientFamilyName = "Testdal"
        #expect(AppRecDecision.decide(findings: [], facts: facts, counterpart: ["2"]).code == .e21)
        #expect(AppRecDecision.decide(findings: [], facts: facts, counterpart: ["1"]) == .ok)
    }
}
