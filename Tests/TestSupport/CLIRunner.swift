import Foundation

/// What one run of the real `plo` binary produced.
public struct CLIResult: Sendable {
    public let stdout: String
    public let stderr: String
    public let exitCode: Int32
}

/// Runs the `plo` that `scripts/install.sh` installs as `PREFIX/bin/plo`: `plo-lean`, built by
/// `swift build` beside the test bundle, which runs validate, flow, rules, explain and
/// schema-driver itself and hands everything else to the full `plo` beside it.
public enum CLI {
    /// The built `plo-lean` executable: what every CLI test runs as `plo`.
    public static var executable: URL { built("plo-lean") }

    /// The built full `plo` executable (every command, Foundation, NIO, SQLite).
    public static var fullExecutable: URL { built("plo") }

    private static func built(_ name: String) -> URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent(name),
            bundle.appendingPathComponent(name),
            TestPaths.root.appendingPathComponent(".build/debug/\(name)"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// Runs `plo arguments…` (``executable``, or `binary`) with `stdin` as standard input; waits
    /// at most `timeout` seconds (then kills it and reports exit code -9).
    public static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], timeout: TimeInterval = 120, binary: URL? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = binary ?? executable
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let outData = LockedData()
        let errData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData.set(out.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            group.wait()
            return CLIResult(stdout: outData.string, stderr: errData.string, exitCode: -9)
        }
        process.waitUntilExit()
        group.wait()
        let code = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        return CLIResult(stdout: outData.string, stderr: errData.string, exitCode: code)
    }
}

/// How a tool run by ``runTool(_:_:capturing:)`` ended, and the one stream it kept.
public struct ToolRun: Sendable {
    /// What the tool wrote to the captured stream.
    public let output: String
    /// The exit status, or the signal's number when ``signal`` is set.
    public let status: Int32
    /// The signal that ended the tool, if one did.
    public let signal: Int32?
}

/// Which stream ``runTool(_:_:capturing:)`` keeps; the other goes to /dev/null.
public enum ToolStream: Sendable { case standardOutput, standardError }

/// Runs a program (`ldd`, `nm`, `xmllint`, a C compiler, a built test program …) to its end and
/// keeps one of its streams.
public func runTool(_ path: String, _ arguments: [String], capturing stream: ToolStream = .standardOutput) throws -> ToolRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    switch stream {
    case .standardOutput:
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
    case .standardError:
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
    }
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
    return ToolRun(output: output, status: process.terminationStatus, signal: signal)
}

/// Runs a system tool (`ldd`, `nm`, …) to its end and returns what it wrote to standard output;
/// its standard error is dropped.
public func toolOutput(_ path: String, _ arguments: [String]) throws -> String {
    try runTool(path, arguments).output
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    var string: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
