import Foundation
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `plo serve --listen` process and a small client for it, written from the MSH API v2 spec.
final class ServeHTTPClient: @unchecked Sendable {
    private(set) var process = Process()
    let arguments: [String]
    let port: Int
    let folder: URL
    var base: String { "http://127.0.0.1:\(port)" }
    static let headers = ["api-version": "2", "nhn-source-system": "plokit-tests 1.0"]

    init(_ name: String, extra: [String] = []) throws {
        folder = try ServeFixtures.temporaryFolder(name)
        port = try Self.freePort()
        arguments =
            [
                "serve", "--scenario", ServeFixtures.scenarioPath, "--clock", "virtual", "--start", "2026-02-02T08:00",
                "--listen", "127.0.0.1:\(port)", "--journal", folder.appendingPathComponent("journal.sqlite").path,
            ] + extra
        try start()
    }

    /// A port nobody listens on now: bound to 0 by the kernel, then released. Suites run in
    /// parallel, so a port made from the process id would be shared.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw URLError(.cannotConnectToHost) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw URLError(.cannotConnectToHost) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw URLError(.cannotConnectToHost) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Starts the server (again, on the same journal).
    func start() throws {
        process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let log = folder.appendingPathComponent("serve-\(Date().timeIntervalSince1970).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
    }

    /// `kill -9`, and waits for it to be gone.
    func killNine() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits until `/_plo/health` answers.
    func waitUntilUp() async throws {
        for _ in 0..<200 {
            if let (status, _, _) = try? await request("GET", "/_plo/health", headers: [:]), status == 200 { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw URLError(.cannotConnectToHost)
    }

    /// What the server wrote to standard error, all runs.
    var log: String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix("serve-") }.sorted().compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }.joined(separator: "\n")
    }

    func stop() {
        if !process.isRunning && process.terminationReason == .uncaughtSignal {
            print("plo serve died by signal \(process.terminationStatus):\n\(log.suffix(4000))")
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// One request; returns status, headers and body.
    func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = ServeHTTPClient.headers) async throws -> (
        Int, [String: String], Data
    ) {
        guard let url = URL(string: base + path) else { throw URLError(.badURL) }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http?.allHeaderFields ?? [:] { fields["\(key)".lowercased()] = "\(value)" }
        return (http?.statusCode ?? 0, fields, data)
    }

    func json(_ method: String, _ path: String, _ object: Any? = nil, headers: [String: String] = ServeHTTPClient.headers) async throws -> (
        Int, Any?
    ) {
        let body = try object.map { try JSONSerialization.data(withJSONObject: $0, options: [.fragmentsAllowed]) }
        let (status, _, data) = try await request(method, path, body: body, headers: headers)
        return (status, data.isEmpty ? nil : try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// POST /Messages with `bytes` as the base64 business document.
    func post(_ bytes: [UInt8]) async throws -> (Int, Any?) {
        try await json(
            "POST", "/Messages",
            ["businessDocument": Data(bytes).base64EncodedString(), "contentType": "application/xml", "contentTransferEncoding": "base64"])
    }

    /// A sample payload from `../shared/reference/edi2/samples/`.
    static func sample(_ name: String) throws -> Any {
        let url = TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/reference/edi2/samples/\(name)")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url), options: [.fragmentsAllowed])
    }

    static var hasSamples: Bool {
        FileManager.default.fileExists(
            atPath: TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/reference/edi2/samples/get-message-response.json").path)
    }
}
