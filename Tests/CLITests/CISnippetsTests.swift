import Foundation
import TestSupport
import Testing

/// The ready CI snippets in docs/ci run as written: their `plo` command lines are taken from the
/// files and run with `plo` on PATH against a passing and a failing stay.
@Suite(.serialized) struct CISnippetsTests {
    /// A work folder with `messages/` (a copy of a fixture stay) and `bin/plo`.
    private struct Workspace {
        let root: URL
        var messages: URL { root.appendingPathComponent("messages") }

        init(stay: String) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("plo-ci-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
            try manager.createSymbolicLink(at: root.appendingPathComponent("bin/plo"), withDestinationURL: CLI.executable)
            try manager.copyItem(at: TestPaths.fixture("flows/\(stay)"), to: messages)
            // expected.json is the fixture's answer key, not a message.
            try? manager.removeItem(at: messages.appendingPathComponent("expected.json"))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// Runs `command` with bash in the work folder; `plo` from `bin/` first on PATH.
        @discardableResult
        func run(_ command: String, in folder: URL? = nil) throws -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", command]
            process.currentDirectoryURL = folder ?? root
            process.environment = [
                "PATH": root.appendingPathComponent("bin").path + ":/usr/local/bin:/usr/bin:/bin", "NO_COLOR": "1", "HOME": root.path,
                "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
                "GIT_COMMITTER_EMAIL": "t@example.invalid",
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, output)
        }

        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path) }
        func text(_ name: String) -> String { (try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)) ?? "" }
    }

    private func snippet(_ name: String) throws -> String {
        try String(contentsOf: TestPaths.root.appendingPathComponent("docs/ci/\(name)"), encoding: .utf8)
    }

    /// The command lines of a CI file: `run: …` (GitHub) or `- plo …` (GitLab), in order.
    private func commands(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("run: ") { return String(trimmed.dropFirst(5)) }
            if trimmed.hasPrefix("- plo ") { return String(trimmed.dropFirst(2)) }
            return nil
        }
    }

    @Test func gitHubActionsJob() throws {
        let all = commands(try snippet("github-actions.yml"))
        #expect(all.count == 4)
        // The install step needs the PLOKit checkout; plo is already on PATH here.
        let steps = all.filter { !$0.contains("install.sh") }
        #expect(steps.count == 3)
        for (stay, flowStatus) in [("clean-discharge", Int32(0)), ("late-innleggelsesrapport", 1)] {
            let work = try Workspace(stay: stay)
            defer { work.remove() }
            let results = try steps.map { try work.run($0) }
            #expect(results[0].status == 0, "\(results[0].output)")
            #expect(results[1].status == flowStatus, "\(stay): \(results[1].output)")
            #expect(results[2].status == 0, "the SARIF step passes whenever a report was written: \(results[2].output)")
            #expect(work.text("plo-validate.junit.xml").hasPrefix("<?xml"))
            #expect(work.text("plo-flow.junit.xml").contains("<testsuite name=\"plo flow\""))
            let sarif = try JSONSerialization.jsonObject(with: Data(work.text("plo.sarif").utf8)) as? [String: Any]
            #expect(sarif?["version"] as? String == "2.1.0")
            #expect(work.text("plo.sarif").contains("FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H") == (flowStatus == 1))
        }
    }

    @Test func gitLabJobs() throws {
        let steps = commands(try snippet("gitlab-ci.yml"))
        #expect(steps.count == 3)
        for (stay, flowStatus) in [("clean-discharge", Int32(0)), ("late-innleggelsesrapport", 1)] {
            let work = try Workspace(stay: stay)
            defer { work.remove() }
            let results = try steps.map { try work.run($0) }
            #expect(results.map(\.status) == [0, flowStatus, 0], "\(stay): \(results.map(\.output))")
            #expect(work.exists("plo-validate.junit.xml") && work.exists("plo-flow.junit.xml"))
            #expect(work.text("plo-flow.html").hasPrefix("<!DOCTYPE html>"))
        }
    }

    @Test func gitPreCommitHook() throws {
        let work = try Workspace(stay: "clean-discharge")
        defer { work.remove() }
        let repo = work.root.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        #expect(try work.run("git init -q . && mkdir -p .git/hooks", in: repo).status == 0)
        try FileManager.default.copyItem(
            at: TestPaths.root.appendingPathComponent("docs/ci/pre-commit"), to: repo.appendingPathComponent(".git/hooks/pre-commit"))
        // A valid message (in a folder with a space): the commit goes through.
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("in box"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.fixture("messages/innlagt.xml"), to: repo.appendingPathComponent("in box/innlagt.xml"))
        let good = try work.run("git add -A && git commit -q -m valid", in: repo)
        #expect(good.status == 0, "\(good.output)")
        // No XML staged: nothing to check, the commit goes through.
        try Data("notes".utf8).write(to: repo.appendingPathComponent("notes.txt"))
        #expect(try work.run("git add -A && git commit -q -m notes", in: repo).status == 0)
        // An invalid one: refused, with the finding printed.
        try FileManager.default.copyItem(at: TestPaths.fixture("rules/XSD/fail-gendate.xml"), to: repo.appendingPathComponent("bad.xml"))
        let bad = try work.run("git add -A && git commit -q -m invalid", in: repo)
        #expect(bad.status != 0)
        #expect(bad.output.contains("bad.xml:7: error: [XSD]"), "\(bad.output)")
        #expect(try work.run("git log --oneline | wc -l", in: repo).output.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
    }

    @Test func preCommitFrameworkHook() throws {
        let config = try snippet("pre-commit-config.yaml")
        let entry = try #require(config.split(separator: "\n").first { $0.contains("entry: ") }?.components(separatedBy: "entry: ").last)
        let work = try Workspace(stay: "clean-discharge")
        defer { work.remove() }
        // pre-commit runs the entry with the matching staged files as arguments.
        #expect(try work.run("\(entry) messages/01-innlagt.xml").status == 0)
        let bad = try work.run("\(entry) messages/01-innlagt.xml \(TestPaths.fixture("rules/XSD/fail-gendate.xml").path)")
        #expect(bad.status == 1)
        #expect(bad.output.contains("[XSD]"))
    }
}
