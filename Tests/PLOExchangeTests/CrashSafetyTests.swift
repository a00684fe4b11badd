import Foundation
import GRDB
import PLOExchange
import PLOSimulator
import TestSupport
import Testing

/// `kill -9` at random moments while messages stream in, restarts on the same journal: nothing
/// acknowledged is lost, nothing is sent twice, scheduled events still fire, the file is sound.
@Suite(.serialized) struct CrashSafetyTests {
    @Test(.timeLimit(.minutes(8))) func killNineWhileMessagesStreamIn() throws {
        let epj = try StandInEPJ("crash")
        defer { epj.remove() }
        let messages = try ServeFixtures.hospitalMessages(seed: 11, stays: 30)
        #expect(messages.count >= 150)
        let arguments = ["--scenario", ServeFixtures.scenarioPath, "--clock", "real", "--speed", "3600"]

        // The EPJ streams its messages in, one every 30 ms, while plo is killed and restarted.
        let streaming = DispatchGroup()
        streaming.enter()
        DispatchQueue.global().async {
            for message in messages {
                try? epj.send(message.bytes, as: message.name)
                usleep(30_000)
            }
            streaming.leave()
        }
        var rng = SplitMix64(seed: 2026)
        var kills = 0
        while kills < 20 || streaming.wait(timeout: .now()) == .timedOut {
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["serve", "--inbox", epj.inbox.path, "--outbox", epj.outbox.path, "--journal", epj.journal.path] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(rng.int(in: 60_000...450_000)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            kills += 1
        }
        // The killed runs did the work: messages were taken and answered between the kills.
        let takenBeforeFinal = try FileManager.default.contentsOfDirectory(atPath: epj.inbox.appendingPathComponent("processed").path).count
        #expect(takenBeforeFinal > messages.count / 2, "only \(takenBeforeFinal) files were taken by the killed runs")
        #expect(try epj.received().contains { $0.name.contains("-APPREC-") })
        // A last, clean run drains the inbox and every scheduled event.
        let final = try epj.serve(["--scenario", ServeFixtures.scenarioPath, "--clock", "virtual", "--until-idle", "--format", "json"])
        #expect(final.exitCode == 0 || final.exitCode == 1, "\(final.stderr)")
        #expect(kills >= 20)

        let sentIds = messages.compactMap { StandInEPJ.element("MsgId", in: String(decoding: $0.bytes, as: UTF8.self)) }
        let journal = try DatabaseQueue(path: epj.journal.path)
        try journal.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            // Every message is journaled exactly once.
            let received = try String.fetchAll(db, sql: "SELECT msgId FROM message WHERE direction = 'in'")
            #expect(received.sorted() == sentIds.sorted())
            // Exactly one AppRec per message, and one Innleggelsesrapport per LOG_INNLAGT.
            let acknowledged = try String.fetchAll(db, sql: "SELECT acknowledges FROM message WHERE direction = 'out' AND type = 'APPREC'")
            #expect(acknowledged.sorted() == sentIds.sorted())
            let admissions = messages.filter { $0.name.contains("LOG_INNLAGT") }.count
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message WHERE direction = 'out' AND type = 'INNLEGGELSESRAPPORT'") == admissions)
            // Every scheduled event fired, once.
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE done = 0") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message WHERE direction = 'out' AND delivered = 0") == 0)
        }
        // The inbox is empty, every file processed once; the outbox holds each message once.
        let fm = FileManager.default
        #expect(try fm.contentsOfDirectory(atPath: epj.inbox.path).filter { $0.hasSuffix(".xml") }.isEmpty)
        #expect(try fm.contentsOfDirectory(atPath: epj.inbox.appendingPathComponent("processed").path).sorted() == messages.map(\.name).sorted())
        let out = try epj.received()
        let outAcks = out.filter { $0.name.contains("-APPREC-") }.compactMap { StandInEPJ.acknowledged($0.text) }
        #expect(outAcks.sorted() == sentIds.sorted())
        #expect(try fm.contentsOfDirectory(atPath: epj.outbox.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }
}
