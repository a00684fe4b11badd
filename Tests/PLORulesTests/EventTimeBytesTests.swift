import PLOModel
import PLORules
import Testing
import XMLCore

/// `TidspunktForHendelse/@V` is read byte by byte: multibyte characters anywhere in it (a
/// non-breaking hyphen, letters like "æ", full-width digits) give PLO-EVENT-TIME, never a trap
/// (issue 14: counting UTF-8 bytes and then indexing characters killed every validate run).
@Suite struct EventTimeBytesTests {
    private func eventTimeFindings(_ value: String) throws -> [Finding] {
        let pl = "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01"
        let xml = RobustnessTests.wrapped(
            "<p:Pasientlogistikk xmlns:p=\"\(pl)\"><p:MeldingInnlagtPasient><TidsfestetHendelse><Hendelsekode V=\"1\"/>"
                + "<TidspunktForHendelse V=\"\(value)\"/><Anslag>false</Anslag></TidsfestetHendelse></p:MeldingInnlagtPasient></p:Pasientlogistikk>")
        return try RobustnessTests.findings(xml).filter { $0.rule == "PLO-EVENT-TIME" }
    }

    @Test(arguments: [
        "2026\u{2011}03\u{2011}02", "æ", "ææææææææææææ", "2026-03-0æ+01:00", "2026-03-02æ", "xxxxxxxxxxé-", "ﬀﬀﬀﬀﬀ-x",
        "２０２６-03-02", "2026-03-02\u{301}Z", "\u{301}", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}-", "🇳🇴🇳🇴🇳🇴-",
    ])
    func multibyteTextIsNotADate(_ value: String) throws {
        let findings = try eventTimeFindings(value)
        #expect(findings.count == 1, "\(findings)")
        #expect(findings.first?.message.contains("not a real date") == true, "\(findings)")
    }

    @Test func offsetsAfterADateAreStillIgnored() throws {
        for value in ["2026-03-02Z", "2026-03-02+01:00", "2026-03-02-05:00"] {
            let findings = try eventTimeFindings(value)
            #expect(findings.first?.message.contains("clock time") == true, "\(value): \(findings)")
        }
    }
}
