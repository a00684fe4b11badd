import PLOSimulator
import XMLCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a simulation to a directory: each document to `DIR/<record.file>`, the manifest
/// streamed (buffered) to `DIR/.manifest.json.partial`. POSIX calls only: this is the hot path of
/// the million-message benchmark.
///
/// A run that finishes renames the manifest to `DIR/manifest.json` (atomically, after every
/// document is written) and removes the note `DIR/INCOMPLETE.txt` it wrote first. A run cut
/// short (Ctrl-C, a full disk) leaves that note and no `manifest.json`, so nothing mistakes
/// its part of the messages for a whole run.
public final class SimulateDirectoryOutput: SimulationOutput {
    private let root: String
    private var manifestFD: Int32 = -1
    private var pending: [UInt8] = []
    private let flushAt = 1 << 20
    private var batch: SimulateFileWriterThread.Batch = []
    private let batchSize = 256
    private let writer: SimulateFileWriterThread?

    /// Opens `DIR/manifest.json` for writing and creates `DIR/messages/`.
    /// - Parameters:
    ///   - directory: the output directory.
    ///   - background: create the documents on a second thread (same bytes, overlapping I/O).
    /// - Throws: ``SimulateError/io(_:)`` when the directory cannot be prepared.
    public init(directory: String, background: Bool = true) throws {
        writer = background ? SimulateFileWriterThread(writeFile: Self.writeFile) : nil
        root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        try Self.makeDirectory(root)
        try Self.makeDirectory(root + "/messages")
        try Self.writeFile(root + "/" + Self.noteName, Array(Self.note.utf8))
        manifestFD = open(root + "/" + Self.partialName, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if manifestFD < 0 { throw SimulateError.io("cannot create \(root)/\(Self.partialName): \(Self.errnoText())") }
        pending.reserveCapacity(flushAt + 4096)
    }

    /// The note a run leaves until it has finished.
    public static let noteName = "INCOMPLETE.txt"
    /// The manifest while it is being written.
    public static let partialName = ".manifest.json.partial"
    static let note = """
        This folder holds a plo simulate run that did not finish (it was interrupted, or a write
        failed): messages/ holds only part of the run and there is no manifest.json.
        Run plo simulate again with --force to replace it.

        """

    deinit {
        if manifestFD >= 0 { _ = sysClose(manifestFD) }
    }

    /// Writes one document.
    public func write(_ bytes: [UInt8], for record: MessageRecord) throws {
        let path = root + "/" + record.file
        guard let writer else { return try Self.writeFile(path, bytes) }
        batch.append((path, bytes))
        if batch.count >= batchSize {
            try writer.submit(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }

    @Sendable private static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        do {
            try FilePaths.writeFile(path, bytes)
        } catch {
            throw SimulateError.io("cannot create \(path): \(error.reason)")
        }
    }

    /// Buffers a manifest chunk, flushing every megabyte.
    public func appendManifest(_ bytes: [UInt8]) throws {
        pending.append(contentsOf: bytes)
        if pending.count >= flushAt { try flush() }
    }

    /// Writes pending documents and buffered manifest bytes, then closes the manifest.
    public func close() throws {
        if let writer {
            if !batch.isEmpty { try writer.submit(batch) }
            batch.removeAll()
            try writer.finish()
        }
        try flush()
        if manifestFD >= 0 {
            let fd = manifestFD
            manifestFD = -1
            if fsync(fd) != 0 && errno != EINVAL {
                let reason = Self.errnoText()
                _ = sysClose(fd)
                throw SimulateError.io("cannot write \(root)/\(Self.partialName): \(reason)")
            }
            if sysClose(fd) != 0 { throw SimulateError.io("cannot write \(root)/\(Self.partialName): \(Self.errnoText())") }
        }
        if rename(root + "/" + Self.partialName, root + "/manifest.json") != 0 {
            throw SimulateError.io("cannot create \(root)/manifest.json: \(Self.errnoText())")
        }
        _ = unlink(root + "/" + Self.noteName)
    }

    /// Ends a failed run: stops the writer, drops the partial manifest and leaves the note.
    public func abandon() {
        if let writer {
            batch.removeAll()
            try? writer.finish()
        }
        if manifestFD >= 0 {
            _ = sysClose(manifestFD)
            manifestFD = -1
        }
        _ = unlink(root + "/" + Self.partialName)
    }

    private func flush() throws {
        guard !pending.isEmpty, manifestFD >= 0 else { return }
        try Self.writeAll(manifestFD, pending, path: root + "/manifest.json")
        pending.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        do {
            try FilePaths.writeAll(bytes, to: fd)
        } catch {
            throw SimulateError.io("cannot write \(path): \(error.reason)")
        }
    }

    /// Creates `path` and any missing parent folders (like `mkdir -p`).
    private static func makeDirectory(_ path: String) throws {
        do {
            try FilePaths.makeDirectories(path)
        } catch {
            throw SimulateError.io("cannot create directory \(path): \(error.reason)")
        }
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

// A file-scope wrapper: inside the class, `close` names the method.
private func sysClose(_ fd: Int32) -> Int32 { close(fd) }
