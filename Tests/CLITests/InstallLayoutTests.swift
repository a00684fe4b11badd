import Foundation
import TestSupport
import Testing
import XMLCore

/// `plo` found through `PATH`, far from the source tree, finds its schemas in the install layout
/// (`PREFIX/bin/plo`, `PREFIX/share/plokit/Schemas`), or where `PLOKIT_SCHEMAS` says, and the
/// full `plo` it hands simulate, serve and help to (`PREFIX/libexec/plokit/plo`).
///
/// The locator tests copy the debug binaries into a temporary prefix (so the build tree's
/// `Schemas/` is nowhere above it). The full `scripts/install.sh` run (a release build, minutes)
/// runs only with `PLOKIT_INSTALL_TEST=1`.
@Suite(.serialized) struct InstallLayoutTests {
    /// A temporary prefix with `bin/plo` (a copy of the built `plo-lean`), optionally
    /// `libexec/plokit/plo` (the full one), and a work folder beside it holding one message.
    private struct Run {
        let stdout: String
        let stderr: String
        let exitCode: Int32
    }

    private struct Prefix {
        let root: URL
        var bin: URL { root.appendingPathComponent("prefix/bin") }
        var schemas: URL { root.appendingPathComponent("prefix/share/plokit/Schemas") }
        var work: URL { root.appendingPathComponent("work") }
        var libexec: URL { root.appendingPathComponent("prefix/libexec/plokit") }

        init(binary: URL = CLI.executable, full: URL? = nil, withSchemas: Bool) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("plo-install-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(at: root.appendingPathComponent("prefix/bin"), withIntermediateDirectories: true)
            try manager.createDirectory(at: root.appendingPathComponent("work"), withIntermediateDirectories: true)
            try manager.copyItem(at: binary, to: bin.appendingPathComponent("plo"))
            if let full {
                try manager.createDirectory(at: libexec, withIntermediateDirectories: true)
                try manager.copyItem(at: full, to: libexec.appendingPathComponent("plo"))
            }
            if withSchemas {
                try manager.createDirectory(at: schemas.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: TestPaths.schemas, to: schemas)
            }
            try manager.copyItem(at: TestPaths.fixture("messages/innlagt.xml"), to: work.appendingPathComponent("innlagt.xml"))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// Runs `plo arguments…` through `sh`, with only the prefix's `bin` and the system folders on
        /// `PATH`, in the work folder.
        func run(_ arguments: [String], environment: [String: String] = [:], bin: URL? = nil) throws -> Run {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec plo \"$@\"", "sh"] + arguments
            process.currentDirectoryURL = work
            var env = ["PATH": "\((bin ?? self.bin).path):/usr/bin:/bin", "NO_COLOR": "1", "HOME": root.path]
            for (key, value) in environment { env[key] = value }
            process.environment = env
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(
                stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                exitCode: process.terminationStatus)
        }
    }

    @Test func findsSchemasInTheInstallLayoutThroughPATH() throws {
        let prefix = try Prefix(withSchemas: true)
        defer { prefix.remove() }
        let result = try prefix.run(["validate", "innlagt.xml"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 file: 1 valid"))
        // The driver imports the installed files, not the source tree's.
        let driver = try prefix.run(["schema-driver"])
        #expect(driver.exitCode == 0)
        #expect(driver.stdout.contains("schemaLocation=\"\(prefix.schemas.path)/msghead/MsgHead-v1.2.xsd\""), "\(driver.stdout.prefix(600))")
        #expect(!driver.stdout.contains(TestPaths.root.path))
    }

    @Test func followsASymbolicLinkToTheBinary() throws {
        let prefix = try Prefix(withSchemas: true)
        defer { prefix.remove() }
        let links = prefix.root.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: links.appendingPathComponent("plo"), withDestinationURL: prefix.bin.appendingPathComponent("plo"))
        let driver = try prefix.run(["schema-driver"], bin: links)
        #expect(driver.exitCode == 0, "\(driver.stderr)")
        #expect(driver.stdout.contains(prefix.schemas.path))
    }

    @Test func withoutSchemasItSaysWhereItLookedAndHowToFixIt() throws {
        let prefix = try Prefix(withSchemas: false)
        defer { prefix.remove() }
        let result = try prefix.run(["validate", "innlagt.xml"])
        #expect(result.exitCode == 2)
        #expect(
            result.stderr
                == "plo: the bundled schemas were not found beside the executable (share/plokit/Schemas); set PLOKIT_SCHEMAS or give --schemas DIR\n")
        let fromEnvironment = try prefix.run(["validate", "innlagt.xml"], environment: ["PLOKIT_SCHEMAS": TestPaths.schemas.path])
        #expect(fromEnvironment.exitCode == 0, "\(fromEnvironment.stderr)")
        let wrong = try prefix.run(["validate", "innlagt.xml"], environment: ["PLOKIT_SCHEMAS": prefix.work.appendingPathComponent("nowhere").path])
        #expect(wrong.exitCode == 2)
        #expect(wrong.stderr.hasPrefix("plo: PLOKIT_SCHEMAS "))
    }

    @Test func handsOtherCommandsToTheFullPloInLibexec() throws {
        let prefix = try Prefix(full: CLI.fullExecutable, withSchemas: true)
        defer { prefix.remove() }
        let version = try prefix.run(["--version"])
        #expect(version.exitCode == 0, "\(version.stderr)")
        #expect(version.stdout == "\(AppInfo.version)\n")
        let help = try prefix.run(["simulate", "--help"])
        #expect(help.exitCode == 0, "\(help.stderr)")
        #expect(help.stdout.contains("USAGE: plo simulate"))
        // The full plo, run from libexec/plokit, finds the same installed schemas.
        let out = prefix.work.appendingPathComponent("sim").path
        let simulate = try prefix.run(["simulate", "--stays", "1", "--seed", "3", "--out", out])
        #expect(simulate.exitCode == 0, "\(simulate.stderr)")
        let validate = try prefix.run(["validate", out])
        #expect(validate.exitCode == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains(" 0 invalid"), "\(validate.stdout)")
    }

    @Test func withoutTheFullPloItSaysWhatIsMissing() throws {
        let prefix = try Prefix(withSchemas: true)
        defer { prefix.remove() }
        let result = try prefix.run(["serve", "--help"])
        #expect(result.exitCode == 2)
        let expected = "plo: plo serve needs the full plo, which was not found at \(prefix.libexec.path)/plo; "
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // What it runs itself still works.
        #expect(try prefix.run(["validate", "innlagt.xml"]).exitCode == 0)
    }

    @Test func environmentVariableWinsOverTheInstallLayout() throws {
        let prefix = try Prefix(withSchemas: true)
        defer { prefix.remove() }
        let driver = try prefix.run(["schema-driver"], environment: ["PLOKIT_SCHEMAS": TestPaths.schemas.path])
        #expect(driver.stdout.contains("schemaLocation=\"\(TestPaths.schemas.path)/msghead/"))
    }

    /// `scripts/install.sh PREFIX` for real: a release build with a static Swift standard library,
    /// installed, then run through `PATH` from another folder with no reference to the source tree.
    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["PLOKIT_INSTALL_TEST"] == "1",
            "set PLOKIT_INSTALL_TEST=1 to run scripts/install.sh (a release build)"))
    func installScriptInstallsARunnablePlo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plo-install-script-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/bin/bash")
        install.arguments = [TestPaths.root.appendingPathComponent("scripts/install.sh").path, root.path]
        install.currentDirectoryURL = FileManager.default.temporaryDirectory
        // `swift test` holds the lock of .build: the release build goes to a folder of its own.
        var environment = ProcessInfo.processInfo.environment
        environment["PLOKIT_SCRATCH_PATH"] = TestPaths.root.appendingPathComponent(".build/install-test").path
        install.environment = environment
        install.standardOutput = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        let installed = root.appendingPathComponent("bin/plo")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("share/plokit/Schemas/catalog.xml").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("share/bash-completion/completions/plo").path))
        let full = root.appendingPathComponent("libexec/plokit/plo")
        // Copied again to a fresh prefix with its schemas, so nothing of the build can be used.
        let prefix = try Prefix(binary: installed, full: full, withSchemas: false)
        defer { prefix.remove() }
        try FileManager.default.createDirectory(at: prefix.schemas.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("share/plokit/Schemas"), to: prefix.schemas)
        let result = try prefix.run(["validate", "innlagt.xml"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let version = try prefix.run(["--version"])
        #expect(version.stdout == "\(AppInfo.version)\n", "\(version.stderr)")
        for binary in [installed, full] {
            let libraries = try Self.linkedLibraries(binary)
            #expect(!libraries.contains("libswiftCore"), "the Swift standard library should be linked statically: \(libraries)")
            #expect(!libraries.contains("libFoundation"), "\(libraries)")
        }
        // The lean one links neither SQLite (serve's journal) nor anything else of serve's.
        #expect(!(try Self.linkedLibraries(installed)).contains("libsqlite3"))
    }

    /// What `ldd` lists for `binary`.
    static func linkedLibraries(_ binary: URL) throws -> String {
        try toolOutput("/usr/bin/ldd", [binary.path])
    }
}
