import PLOModel
import PLORules
import Testing
import XMLCore

/// Odd and foreign inputs: the profile names what they look like and never crashes.
@Suite struct RobustnessTests {
    static func findings(_ xml: String) throws -> [Finding] {
        let document = try #require(XMLParser.parse(Array(xml.utf8), name: "inline.xml").document)
        return ProfileChecker().check(PLOMessage(document: document))
    }

    static let msgHead = "http://www.kith.no/xmlstds/msghead/2006-05-24"

    static func wrapped(_ content: String, type: String = "LOG_INNLAGT") -> String {
        """
        <MsgHead xmlns="\(msgHead)"><MsgInfo><Type V="\(type)" DN="x"/><MIGversion>v1.2 2006-05-24</MIGversion>\
        <GenDate>2026-03-02T10:05:00</GenDate><MsgId>3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47</MsgId></MsgInfo>\
        <Document><RefDoc><Content>\(content)</Content></RefDoc></Document></MsgHead>
        """
    }

    @Test(arguments: [
        ("<a:Pasientlogistikk xmlns:a=\"http://www.kith.no/xmlstds/po/Pasientlogistikk/2009-06-30\"/>", "PLO 1.5"),
        ("<a:Pasientlogistikk xmlns:a=\"http://www.kith.no/xmlstds/po/Pasientlogistikk/2007-10-16\"/>", "PLO 1.31"),
        ("<a:Pasientlogistikk xmlns:a=\"http://ehelse.no/xmlstds/po/Pasientlogistikk/2020-01-01\"/>", "PLO 2.0"),
        ("<AppRec xmlns=\"http://www.kith.no/xmlstds/apprec/2004-11-21\"/>", "AppRec 1.0"),
        ("<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2006-10-11\"/>", "Dialogmelding 1.0"),
        ("<Foo xmlns=\"urn:example:foo\"/>", "no namespace PLOKit knows"),
        ("", "no content"),
    ])
    func foreignContentIsNamed(_ content: String, _ expected: String) throws {
        let findings = try Self.findings(Self.wrapped(content))
        let unknown = findings.filter { $0.rule == "PLO-UNKNOWN-MESSAGE" }
        #expect(unknown.count == 1, "\(findings)")
        #expect(unknown.first?.message.contains(expected) == true, "\(unknown)")
        #expect(findings.allSatisfy { $0.rule == "PLO-UNKNOWN-MESSAGE" || $0.rule == "PLO-MSGID-UUID" }, "\(findings)")
    }

    @Test(arguments: [
        ("<AppRec xmlns=\"http://www.kith.no/xmlstds/apprec/2004-11-21\"><Status V=\"1\"/></AppRec>", "AppRec 1.0"),
        ("<MsgHead xmlns=\"http://www.kith.no/xmlstds/msghead/2004-01-01\"/>", "not MsgHead v1.2"),
        ("<Epikrise/>", "not a message PLOKit knows"),
        ("<x:Melding xmlns:x=\"urn:x\"><x:MsgInfo/></x:Melding>", "not a message PLOKit knows"),
    ])
    func foreignRootsAreNamed(_ xml: String, _ expected: String) throws {
        let findings = try Self.findings(xml)
        #expect(findings.count == 1, "\(findings)")
        #expect(findings.first?.rule == "PLO-UNKNOWN-MESSAGE")
        #expect(findings.first?.message.contains(expected) == true, "\(findings)")
    }

    @Test func dialogmelding11IsKnownAndUnchecked() throws {
        let findings = try Self.findings(
            Self.wrapped("<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2013-01-23\"/>", type: "DIALOG_FORESPORSEL"))
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func emptyAndHalfFilledMessagesDoNotCrash() throws {
        let pl = "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01"
        let samples = [
            "<MsgHead xmlns=\"\(Self.msgHead)\"/>",
            "<MsgHead xmlns=\"\(Self.msgHead)\"><MsgInfo/></MsgHead>",
            Self.wrapped("<p:Pasientlogistikk xmlns:p=\"\(pl)\"/>"),
            Self.wrapped(
                "<p:Pasientlogistikk xmlns:p=\"\(pl)\"><p:MeldingInnlagtPasient><TidsfestetHendelse/></p:MeldingInnlagtPasient></p:Pasientlogistikk>"),
            Self.wrapped(
                "<p:Pasientlogistikk xmlns:p=\"\(pl)\"><p:MeldingOmUtskrevetPasient><UtskrevetTil/><TidsfestetHendelse><TidspunktForHendelse/></TidsfestetHendelse></p:MeldingOmUtskrevetPasient></p:Pasientlogistikk>",
                type: "LOG_UTSKREVET"),
            "<AppRec xmlns=\"http://www.kith.no/xmlstds/apprec/2012-02-15\"><Status/><Error/><OriginalMsgId/></AppRec>",
        ]
        for xml in samples {
            let findings = try Self.findings(xml)
            #expect(findings.allSatisfy { !$0.message.isEmpty })
        }
    }

    @Test func eventTimesAreChecked() throws {
        let pl = "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01"
        func time(_ value: String) throws -> [String] {
            let xml = Self.wrapped(
                "<p:Pasientlogistikk xmlns:p=\"\(pl)\"><p:MeldingInnlagtPasient><TidsfestetHendelse><Hendelsekode V=\"1\"/>"
                    + "<TidspunktForHendelse V=\"\(value)\"/><Anslag>false</Anslag></TidsfestetHendelse></p:MeldingInnlagtPasient></p:Pasientlogistikk>"
            )
            return try Self.findings(xml).filter { $0.rule == "PLO-EVENT-TIME" }.map(\.message)
        }
        #expect(try time("2026-03-02T09:40:00").isEmpty)
        #expect(try time("2026-03-02T09:40:00+01:00").isEmpty)
        #expect(try time("2026-02-30T09:40:00").first?.contains("not a real date") == true)
        #expect(try time("2026").first?.contains("less than a calendar date") == true)
        #expect(try time("2026-03-02T10:05:01").first?.contains("after the message was generated") == true)
        #expect(try time("2026-03-02").first?.contains("clock time") == true)
    }
}
