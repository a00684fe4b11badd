#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why an input could not be read at all (as opposed to read and found wanting).
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case notARegularFile(path: String)
    case readFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
        case .notARegularFile(let path): "\(path) is not a regular file"
        case .readFailed(let path, let reason): "cannot read \(path): \(reason)"
        }
    }
}

/// The bytes of one input, or the fact that it is larger than the limit (then only its size is known).
public enum InputBytes: Sendable {
    case bytes([UInt8])
    case tooLarge(size: Int)
}

/// Reads whole inputs with a size cap, so a huge file costs a `stat`, not memory.
public enum InputReader {
    /// The largest `maxBytes` honoured; larger values (up to `Int.max`) are read as this, so the
    /// arithmetic on it cannot overflow. The parser takes less anyway (``ParseLimits/largestAcceptedBytes``).
    static let largestLimit = Int(Int32.max)

    /// Reads the file at `path`, or reports it as too large without reading it.
    public static func read(path: String, maxBytes requested: Int) throws(InputError) -> InputBytes {
        let maxBytes = max(0, min(requested, largestLimit))
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .readFailed(path: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notARegularFile(path: path) }
        let size = Int(info.st_size)
        if size > maxBytes { return .tooLarge(size: size) }
        // Fast path: one read of exactly the size `fstat` reported (plus one byte to notice growth).
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < size + 1 {
                let got = Glibc.read(fd, buffer.baseAddress.map { $0 + count }, size + 1 - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { break }
                count += got
            }
        }
        if failure != 0 { throw .readFailed(path: path, reason: String(cString: strerror(failure))) }
        if bytes.count <= size { return .bytes(bytes) }
        return try readAll(fd: fd, name: path, maxBytes: maxBytes, sizeHint: size, prefix: bytes)
    }

    /// Reads standard input to its end, stopping once it exceeds `maxBytes`.
    public static func readStandardInput(maxBytes requested: Int) throws(InputError) -> InputBytes {
        let maxBytes = max(0, min(requested, largestLimit))
        return try readAll(fd: STDIN_FILENO, name: "standard input", maxBytes: maxBytes, sizeHint: 64 * 1024)
    }

    private static func readAll(fd: Int32, name: String, maxBytes: Int, sizeHint: Int, prefix: [UInt8] = []) throws(InputError) -> InputBytes {
        var buffer = prefix + [UInt8](repeating: 0, count: max(min(sizeHint, maxBytes) + 1, 4096))
        var count = prefix.count
        while true {
            if count == buffer.count {
                if count > maxBytes { return .tooLarge(size: count) }
                buffer.append(contentsOf: [UInt8](repeating: 0, count: min(buffer.count, maxBytes + 1)))
            }
            let got = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress.map { $0 + count }, raw.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: name, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
            if count > maxBytes { return .tooLarge(size: count) }
        }
        buffer.removeSubrange(count...)
        return .bytes(buffer)
    }
}
