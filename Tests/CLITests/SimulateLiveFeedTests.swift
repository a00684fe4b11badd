import Foundation
import Synchronization
import TestSupport
import Testing

/// `plo simulate --speed X` prints each message as it is sent: a live feed a class can watch.
@Suite(.serialized) struct SimulateLiveFeedTests {
    @Test func eachMessageIsPrintedAsItIsSent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-live-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = CLI.executable
        process.currentDirectoryURL = TestPaths.root
        // About two simulated days at 40,000× : a few seconds of wall time.
        process.arguments = ["simulate", "--scenario", "Fixtures/scenarios/teaching-one-patient.yaml", "--speed", "40000", "--out", folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let seen = Mutex(Data())
        let done = DispatchSemaphore(value: 0)
        let reader = output.fileHandleForReading
        DispatchQueue.global().async {
            while case let data = reader.availableData, !data.isEmpty { seen.withLock { $0.append(data) } }
            done.signal()
        }
        let deadline = Date().addingTimeInterval(60)
        var firstLine = ""
        while Date() < deadline {
            firstLine = seen.withLock { String(decoding: $0, as: UTF8.self) }
            if firstLine.contains("\n") { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let runningAtFirstLine = process.isRunning
        process.waitUntilExit()
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(runningAtFirstLine, "the first message should be printed while the simulation still runs")
        let lines = seen.withLock { String(decoding: $0, as: UTF8.self) }.split(separator: "\n")
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json"))) as? [String: Any])
        let messages = try #require(manifest["messages"] as? [[String: Any]])
        // The first line: the admission, at its simulated send time.
        let first = try #require(messages.first)
        let sent = (first["localTime"] as? String ?? first["time"] as? String ?? "?").replacingOccurrences(of: "T", with: " ")
        #expect(firstLine.hasPrefix("\(sent.prefix(19))  LOG_INNLAGT"), "\(firstLine) (manifest: \(first))")
        #expect(lines.count == messages.count + 1)
        for (line, message) in zip(lines, messages) {
            #expect(line.hasSuffix("  \(message["file"] as? String ?? "?")"), "\(line)")
        }
        #expect(lines.last?.hasPrefix("plo simulate: wrote \(messages.count) messages (1 stay, ") == true, "\(lines.last ?? "")")
        #expect(process.terminationStatus == 0)
    }
}
