#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file operations every writer shares — whole writes that survive short writes and
/// signals, files replaced atomically, `mkdir -p`, moves — so `plo simulate`, `plo serve`'s
/// folders and the reports all write files one way.
extension FilePaths {
    /// A file operation that failed: the C library's reason (`strerror`).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }

        /// The failure `errno` describes now.
        static var current: Failure { Failure(reason: String(cString: strerror(errno))) }
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and `EINTR`.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
        var failure: Failure?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .current
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
    }

    /// Creates (or truncates) the file at `path` holding `bytes`.
    public static func writeFile(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .current }
        do {
            try writeAll(bytes, to: descriptor)
        } catch {
            close(descriptor)
            throw error
        }
        if close(descriptor) != 0 { throw .current }
    }

    /// Writes `bytes` to a hidden temporary file beside `path` (`.<name>.<pid>.tmp`) and renames
    /// it over `path`: a reader sees the old file or the whole new one, never part of it. The
    /// temporary file is removed when anything fails.
    public static func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let temporary = join(directory(of: path), ".\(name(of: path)).\(getpid()).tmp")
        do throws(Failure) {
            try writeFile(temporary, bytes)
            if rename(temporary, path) != 0 { throw Failure.current }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Creates the folder `path` and any missing parents, like `mkdir -p`.
    public static func makeDirectories(_ path: String) throws(Failure) {
        if mkdir(path, 0o755) == 0 || (errno == EEXIST && isDirectory(path)) { return }
        guard errno == ENOENT else { throw .current }
        let parent = directory(of: path)
        guard parent != path, parent != ".", parent != "/" else { throw .current }
        try makeDirectories(parent)
        if mkdir(path, 0o755) == 0 || (errno == EEXIST && isDirectory(path)) { return }
        throw .current
    }

    /// Moves `source` to `target` (a rename: same file system, atomic).
    public static func move(_ source: String, to target: String) throws(Failure) {
        if rename(source, target) != 0 { throw .current }
    }

    /// Removes the file (not folder) at `path`; false when there was none or it could not be removed.
    @discardableResult
    public static func remove(_ path: String) -> Bool { unlink(path) == 0 }

    /// Whether anything (a file, a folder, a link to either) exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The last component of `path`.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The first `count` bytes of the regular file at `path` (all of it when shorter); nil when it
    /// cannot be read or is not a regular file.
    public static func readPrefix(_ path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let wanted = max(0, min(count, Int(info.st_size)))
        var buffer = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let got = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress.map { $0 + filled }, wanted - filled) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { break }
            filled += got
        }
        return filled == wanted ? buffer : Array(buffer[0..<filled])
    }
}
