import XMLCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a report's bytes go: standard output, a file, or memory (for tests).
///
/// A file appears whole or not at all: the report is written to a temporary file beside it and
/// renamed over it by ``finish()``; a failed run removes the temporary file and leaves any
/// earlier report in place. A path that is not a regular file (`/dev/stdout`, a pipe), and an
/// existing file in a folder where no temporary file may be created, are written in place.
public struct ReportOutput: Sendable {
    private enum Target: Sendable {
        case standardOutput
        case memory
        /// Writing to `descriptor`; when `temporary` is set, it is renamed to `path` at the end.
        case file(descriptor: Int32, path: String, temporary: String?)
    }

    private var target: Target
    /// What was written, for ``memory()``.
    public private(set) var captured: [UInt8] = []
    /// The first failure; later writes are skipped.
    private var failure: String?
    /// Whether a write failed (e.g. the reader of standard output went away).
    public var failed: Bool { failure != nil }
    /// How the output is named in failures: `--out FILE` or `standard output`.
    private let label: String

    private init(target: Target, label: String) {
        self.target = target
        self.label = label
    }

    /// Standard output.
    public static var standardOutput: ReportOutput { ReportOutput(target: .standardOutput, label: "the report to standard output") }

    /// Memory: the bytes end up in ``captured``.
    public static func memory() -> ReportOutput { ReportOutput(target: .memory, label: "the report to memory") }

    /// The file at `path`, which only appears (or is replaced) when ``finish()`` succeeds.
    ///
    /// - Throws: ``UsageFailure`` when the file cannot be created.
    public static func file(_ path: String) throws(UsageFailure) -> ReportOutput {
        let label = "--out \(path)"
        var final = path
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            // A device, a pipe, a folder: write in place (open fails for a folder, with a reason).
            let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard descriptor >= 0 else { throw UsageFailure("cannot write \(label): \(Self.reason(errno))") }
            return ReportOutput(target: .file(descriptor: descriptor, path: path, temporary: nil), label: label)
        }
        // A replaced file keeps its permissions; a new one gets 0666 less the umask, as before.
        var keptMode: mode_t?
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                // Replace the file the link points to, not the link.
                if let resolved = FilePaths.realPath(path) {
                    final = resolved
                    if stat(final, &info) == 0 { keptMode = info.st_mode & 0o7777 }
                }
            } else {
                keptMode = info.st_mode & 0o7777
            }
        }
        var random = SystemRandomNumberGenerator()
        let temporary = "\(final).plo-\(getpid())-\(String(random.next() & 0xFFFF_FFFF, radix: 16)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            // A writable file in a folder we may not create files in: write it in place, as
            // before there was a temporary file.
            if keptMode != nil, code == EACCES || code == EROFS || code == EPERM {
                let inPlace = open(final, O_WRONLY | O_TRUNC | O_CLOEXEC)
                if inPlace >= 0 { return ReportOutput(target: .file(descriptor: inPlace, path: final, temporary: nil), label: label) }
            }
            throw UsageFailure("cannot write \(label): \(Self.reason(code))")
        }
        if let keptMode { _ = fchmod(descriptor, keptMode) }
        return ReportOutput(target: .file(descriptor: descriptor, path: final, temporary: temporary), label: label)
    }

    /// Appends `bytes`. A failure is kept for ``finish()`` to report; later writes are skipped.
    public mutating func write(_ bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        switch target {
        case .memory: captured.append(contentsOf: bytes)
        case .standardOutput: write(bytes, to: STDOUT_FILENO)
        case .file(let descriptor, _, _): write(bytes, to: descriptor)
        }
    }

    /// Records a failure that is not a write's (e.g. a part of the report that was lost); the
    /// output is then given up by ``finish()``.
    mutating func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    /// Completes the output: a file is closed and renamed into place.
    ///
    /// - Throws: ``UsageFailure`` with the first failure of any write, or of closing or renaming;
    ///   the temporary file is then removed.
    public mutating func finish() throws(UsageFailure) {
        guard case .file(let descriptor, let path, let temporary) = target else {
            if let failure { throw UsageFailure("cannot write \(label): \(failure)") }
            return
        }
        target = .memory
        if close(descriptor) != 0, failure == nil { failure = Self.reason(errno) }
        if let temporary {
            if failure == nil, rename(temporary, path) != 0 { failure = Self.reason(errno) }
            if failure != nil { unlink(temporary) }
        }
        if let failure { throw UsageFailure("cannot write \(label): \(failure)") }
    }

    /// Gives up: a temporary file is closed and removed, leaving any earlier report in place.
    public mutating func abandon() {
        guard case .file(let descriptor, _, let temporary) = target else { return }
        target = .memory
        close(descriptor)
        if let temporary { unlink(temporary) }
    }

    private mutating func write(_ bytes: [UInt8], to descriptor: Int32) {
        do {
            try FilePaths.writeAll(bytes, to: descriptor)
        } catch {
            failure = error.reason
        }
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
