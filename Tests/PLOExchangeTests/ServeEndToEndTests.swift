import Foundation
import PLOCalendar
import PLOSimulator
import TestSupport
import Testing

/// `plo serve` through the real binary, per role, with a scripted stand-in EPJ.
@Suite(.serialized) struct ServeEndToEndTests {
    /// The journal export's finding lines: rule → virtual time first seen.
    static func findings(_ export: String) -> [(rule: String, at: Int64, message: String)] {
        export.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String],
                let rule = object["finding"], let at = object["at"].flatMap({ Int64($0) })
            else { return nil }
            return (rule, at, object["message"] ?? "")
        }
    }

    static func instant(_ iso: String?) -> Int64? { iso.flatMap(LocalDateTime.init(iso:)).map(Oslo.instant) }

    @Test func epjHospitalGetsAppRecsAndInnleggelsesrapportAndAMissedDeadlineAtItsTime() throws {
        let epj = try StandInEPJ("e2e-hospital")
        defer { epj.remove() }
        let messages = try ServeFixtures.hospitalMessages()
        // The EPJ forgets its admission-day Helseopplysninger (the varsel): the 24 h hospital-info
        // deadline passes without it.
        let varsel = try #require(messages.first { $0.name.contains("HELSEOPPL_SOKNAD") })
        let sent = messages.filter { $0.name != varsel.name }
        for message in sent { try epj.send(message.bytes, as: message.name) }

        let result = try epj.serve([
            "--scenario", ServeFixtures.scenarioPath, "--clock", "virtual", "--until-idle", "--export", "--format", "json",
        ])
        #expect(result.exitCode == 1, "an error finding (the missed deadline) exits 1: \(result.stderr)")

        let out = try epj.received()
        let appRecs = out.filter { $0.name.contains("-APPREC-") }
        // Exactly one AppRec per EPJ message, each OK, acknowledging it.
        let sentIds = sent.compactMap { StandInEPJ.element("MsgId", in: String(decoding: $0.bytes, as: UTF8.self)) }
        #expect(sentIds.count == sent.count)
        #expect(appRecs.compactMap { StandInEPJ.acknowledged($0.text) }.sorted() == sentIds.sorted())
        #expect(appRecs.allSatisfy { $0.text.contains("<Status V=\"1\" DN=\"OK\"/>") })
        // Everything in the inbox was taken and processed.
        let processed = try FileManager.default.contentsOfDirectory(atPath: epj.inbox.appendingPathComponent("processed").path)
        #expect(processed.sorted() == sent.map(\.name).sorted())

        // The Innleggelsesrapport after the scenario's delay (fixed 45 min), well within 4 h.
        let innlagt = try #require(sent.first { $0.name.contains("LOG_INNLAGT") })
        let innlagtTime = try #require(Self.instant(StandInEPJ.element("GenDate", in: String(decoding: innlagt.bytes, as: UTF8.self))))
        let reports = out.filter { $0.name.contains("-INNLEGGELSESRAPPORT-") }
        #expect(reports.count == 1)
        let reportTime = try #require(Self.instant(reports.first.flatMap { StandInEPJ.element("GenDate", in: $0.text) }))
        #expect(reportTime - innlagtTime == 45 * 60)

        // The case office answers the utskrivningsklar with a Dialogmelding referring to it.
        let utskrivningsklar = try #require(sent.first { $0.name.contains("LOG_UTSKRIVNINGSKLAR") })
        let klarText = String(decoding: utskrivningsklar.bytes, as: UTF8.self)
        let klarTime = try #require(Self.instant(StandInEPJ.element("GenDate", in: klarText)))
        let answers = out.filter { $0.name.contains("-DIALOG_HELSEFAGLIG-") }
        #expect(answers.count == 1)
        let answer = try #require(answers.first)
        #expect(StandInEPJ.element("RefToParent", in: answer.text) == StandInEPJ.element("MsgId", in: klarText))
        let answerTime = try #require(Self.instant(StandInEPJ.element("GenDate", in: answer.text)))
        #expect(answerTime > klarTime && answerTime - klarTime <= 150 * 60, "within the scenario's caseOfficeResponse (20–150 min)")
        // Nothing else was sent.
        #expect(out.count == appRecs.count + reports.count + answers.count)

        // The missed 24 h deadline is a finding at 24 h (the check right after it), not at the end.
        let live = Self.findings(result.stdout)
        let info = try #require(live.first { $0.rule == "FLOW-DEADLINE-HOSPITAL-INFO-24H" }, "live findings: \(live.map(\.rule))")
        #expect(info.at == innlagtTime + 24 * 3600 + 1)
        #expect(!live.contains { $0.rule.hasPrefix("FLOW-DEADLINE-INNLEGGELSESRAPPORT") })

        // Everything plo wrote is valid (XSD + profile, bundled schemas).
        let validate = try CLI.run(["validate", "--format", "json", epj.outbox.path])
        #expect(validate.exitCode == 0, "\(validate.stdout)")
    }

    @Test func epjMunicipalityIsDrivenByTheHospitalAndALateReportIsAFindingAt4H() throws {
        let epj = try StandInEPJ("e2e-municipality")
        defer { epj.remove() }
        // The scenario without simulated AppRecs, so that 'plo simulate' with the same seed
        // writes exactly the stay the counterpart hospital drives.
        var scenario = try ServeFixtures.scenario
        scenario.appRec = false
        let scenarioFile = epj.root.appendingPathComponent("scenario.json")
        let encoder = JSONEncoder()
        try encoder.encode(scenario).write(to: scenarioFile)
        let simulated = try CLI.run([
            "simulate", "--scenario", scenarioFile.path, "--seed", "5", "--out", epj.root.appendingPathComponent("sim").path,
        ])
        #expect(simulated.exitCode == 0, "\(simulated.stderr)")
        let simFolder = epj.root.appendingPathComponent("sim/messages")
        let simFiles = try FileManager.default.contentsOfDirectory(atPath: simFolder.path).sorted()

        // The EPJ municipality's Innleggelsesrapport, sent an hour past the 4 h deadline.
        let reportName = try #require(simFiles.first { $0.contains("INNLEGGELSESRAPPORT") })
        let innlagtName = try #require(simFiles.first { $0.contains("LOG_INNLAGT") })
        let innlagtText = try String(contentsOf: simFolder.appendingPathComponent(innlagtName), encoding: .utf8)
        let innlagtTime = try #require(Self.instant(StandInEPJ.element("GenDate", in: innlagtText)))
        var report = try String(contentsOf: simFolder.appendingPathComponent(reportName), encoding: .utf8)
        let oldDate = try #require(StandInEPJ.element("GenDate", in: report))
        let lateDate = Oslo.local(innlagtTime + 5 * 3600).iso
        report = report.replacingOccurrences(of: oldDate, with: lateDate)
        try epj.send(Array(report.utf8), as: "innleggelsesrapport.xml")

        let result = try epj.serve([
            "--epj", "municipality", "--scenario", scenarioFile.path, "--seed", "5", "--clock", "virtual", "--until-idle", "--export",
        ])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let out = try epj.received()
        // The hospital's messages are the simulator's hospital ward, byte for byte.
        let hospitalSim = simFiles.filter { !$0.contains("INNLEGGELSESRAPPORT") && !$0.contains("DIALOG_HELSEFAGLIG") }
        let hospitalOut = out.filter { !$0.name.contains("-APPREC-") }
        #expect(hospitalOut.count == hospitalSim.count)
        let simTexts = try Set(hospitalSim.map { try String(contentsOf: simFolder.appendingPathComponent($0), encoding: .utf8) })
        #expect(Set(hospitalOut.map(\.text)) == simTexts)
        // One AppRec, OK, for the EPJ's message.
        let appRecs = out.filter { $0.name.contains("-APPREC-") }
        #expect(appRecs.count == 1)
        #expect(appRecs.first.flatMap { StandInEPJ.acknowledged($0.text) } == StandInEPJ.element("MsgId", in: report))
        #expect(appRecs.first?.text.contains("<Status V=\"1\" DN=\"OK\"/>") == true)
        // The 4 h deadline passes without the report: a finding right then (and the report's
        // lateness once it comes).
        let live = Self.findings(result.stdout)
        let missed = try #require(live.first { $0.rule == "FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H" }, "\(live.map(\.rule))")
        #expect(missed.at == innlagtTime + 4 * 3600 + 1)
        #expect(missed.message.contains("no Innleggelsesrapport"))
    }
}
