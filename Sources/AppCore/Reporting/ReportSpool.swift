#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The body of a report that must wait for its header (counts known only at the end), set
/// aside in an unlinked temporary file (in `TMPDIR`, else `/tmp`) instead of memory, then
/// copied to the output in chunks by ``drain(into:)``.
///
/// When no temporary file can be made, or writing it fails, the rest is kept in memory, so the
/// report is the same either way.
final class ReportSpool {
    private var descriptor: Int32 = -1
    /// Bytes in the file, all written.
    private var spooled: Int = 0
    /// Chunks kept in memory after the file (none while the file works).
    private var memory: [[UInt8]] = []

    /// Whether the temporary file was tried (it is made on the first append: a report that
    /// never sets anything aside, such as the text format, opens no file).
    private var opened = false

    init() {}

    private func open() {
        opened = true
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/plo-spool-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            let descriptor = mkstemp(base)
            if descriptor >= 0 { unlink(base) }
            return descriptor
        }
        descriptor = created
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Sets `bytes` aside after what came before.
    func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if !opened { open() }
        guard descriptor >= 0, memory.isEmpty else {
            memory.append(bytes)
            return
        }
        let complete = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let written = pwrite(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset, off_t(spooled + offset))
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        if complete {
            spooled += bytes.count
        } else {
            memory.append(bytes)
        }
    }

    /// Writes everything set aside to `output`, in order, and empties the spool.
    func drain(into output: inout ReportOutput) {
        if descriptor >= 0 {
            var chunk = [UInt8](repeating: 0, count: min(spooled, 1 << 20))
            var offset = 0
            while offset < spooled {
                let wanted = min(chunk.count, spooled - offset)
                let got = chunk.withUnsafeMutableBytes { raw in pread(descriptor, raw.baseAddress, wanted, off_t(offset)) }
                if got < 0, errno == EINTR { continue }
                if got <= 0 {
                    // The file can no longer be read: the report cannot be completed.
                    output.fail("cannot read the temporary report body back")
                    return
                }
                output.write(Array(chunk[0..<got]))
                offset += got
            }
            close(descriptor)
            descriptor = -1
            spooled = 0
        }
        for bytes in memory { output.write(bytes) }
        memory = []
    }
}
