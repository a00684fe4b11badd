import Foundation
import PLOCalendar
import PLOExchange
import Testing

/// Control faults: what the counterpart does to the next message it receives.
@Suite struct ExchangeFaultTests {
    func run(_ fault: ExchangeFault?) throws -> (outcome: Exchange.Outcome, out: [String], received: SimTimeRange) {
        let folder = try ServeFixtures.temporaryFolder("fault")
        defer { try? FileManager.default.removeItem(at: folder) }
        let exchange = try ServeFixtures.exchange(in: folder, faults: fault.map { [$0] } ?? [])
        let bytes = try ServeFixtures.innlagt()
        let outcome = try #require(try exchange.receive([Exchange.Incoming(name: "innlagt.xml", bytes: bytes)]).first)
        let received = exchange.now
        try exchange.advance(to: received + 5 * 86_400)
        return (outcome, try exchange.undelivered().map(\.name), SimTimeRange(received: received))
    }

    struct SimTimeRange {
        var received: Int64
    }

    @Test func withoutAFaultOneAppRecAndTheInnleggelsesrapport() throws {
        let (_, out, _) = try run(nil)
        #expect(out.filter { $0.contains("-APPREC-") }.count == 1)
        #expect(out.filter { $0.contains("-INNLEGGELSESRAPPORT-") }.count == 1)
    }

    @Test func noAppRec() throws {
        let (_, out, _) = try run(.noAppRec)
        #expect(out.filter { $0.contains("-APPREC-") }.isEmpty)
        #expect(out.filter { $0.contains("-INNLEGGELSESRAPPORT-") }.count == 1)
    }

    @Test func duplicateAppRec() throws {
        let (_, out, _) = try run(.duplicateAppRec)
        #expect(out.filter { $0.contains("-APPREC-") }.count == 2)
    }

    @Test func rejectWithACode() throws {
        let (outcome, out, _) = try run(.reject(.e21))
        guard case .rejected(_, let code, _) = outcome else {
            Issue.record("expected a rejection, got \(outcome)")
            return
        }
        #expect(code == .e21)
        #expect(out.filter { $0.contains("-APPREC-") }.count == 1)
        // A rejected message gets no answer.
        #expect(out.filter { $0.contains("-INNLEGGELSESRAPPORT-") }.isEmpty)
    }

    @Test func noAnswer() throws {
        let (_, out, _) = try run(.noAnswer)
        #expect(out.filter { $0.contains("-APPREC-") }.count == 1)
        #expect(out.filter { $0.contains("-INNLEGGELSESRAPPORT-") }.isEmpty)
    }

    @Test func lateAppRecComesAfter96Hours() throws {
        let (_, out, received) = try run(.lateAppRec)
        let name = try #require(out.first { $0.contains("-APPREC-") })
        let iso = String(name.prefix(19))
        let sent = try #require(Self.instant(iso))
        #expect(sent - received.received >= 96 * 3600)
    }

    @Test func faultTexts() {
        for text in ["no-apprec", "late-apprec", "reject:T02", "duplicate-apprec", "no-answer"] {
            #expect(ExchangeFault(text: text)?.text == text)
        }
        #expect(ExchangeFault(text: "reject:X99") == nil)
    }

    static func instant(_ iso: String) -> Int64? { LocalDateTime(iso: iso).map(Oslo.instant) }
}
