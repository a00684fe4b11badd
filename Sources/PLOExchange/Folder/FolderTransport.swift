import Foundation

/// The folder transport of `serve.md`: the EPJ renames complete `*.xml` files into the inbox;
/// each is journaled, then moved to `processed/` (accepted) or `rejected/` (with a
/// `.reason.txt`). Every message for the EPJ appears in the outbox as one file, written to a
/// hidden temporary name and renamed, never half-written.
public struct FolderTransport {
    public let inbox: URL
    public let outbox: URL
    public let processed: URL
    public let rejected: URL
    /// Largest file read whole; a larger one is read only this far plus one byte (refused).
    public var maxBytes: Int
    private let fm = FileManager.default

    /// Checks and prepares the folders.
    /// - Throws: ``ExchangeError/folder(_:)`` when the inbox cannot be read or the outbox written.
    public init(inbox: String, outbox: String, maxBytes: Int) throws {
        self.inbox = URL(fileURLWithPath: inbox)
        self.outbox = URL(fileURLWithPath: outbox)
        processed = self.inbox.appendingPathComponent("processed")
        rejected = self.inbox.appendingPathComponent("rejected")
        self.maxBytes = maxBytes
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: inbox, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ExchangeError.folder("--inbox \(inbox) is not a folder")
        }
        do {
            try fm.createDirectory(at: processed, withIntermediateDirectories: true)
            try fm.createDirectory(at: rejected, withIntermediateDirectories: true)
            try fm.createDirectory(at: self.outbox, withIntermediateDirectories: true)
        } catch {
            throw ExchangeError.folder("cannot prepare the folders: \(error.localizedDescription)")
        }
        guard access(processed.path, W_OK) == 0, access(rejected.path, W_OK) == 0, access(inbox, W_OK) == 0 else {
            throw ExchangeError.folder("--inbox \(inbox) is not writable (files are moved to processed/ and rejected/)")
        }
        let probe = self.outbox.appendingPathComponent(".plo-write-probe-\(getpid())")
        guard fm.createFile(atPath: probe.path, contents: Data()) else {
            throw ExchangeError.folder("--outbox \(outbox) is not writable")
        }
        try? fm.removeItem(at: probe)
        // Temporary files of a run that was killed mid-write (ours: ".<name>.<pid>.tmp").
        for folder in [self.outbox, processed, rejected] {
            for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                try? fm.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// The complete messages waiting in the inbox, by name: `*.xml` regular files, not hidden
    /// (a file still being written has a temporary name and is left alone).
    public func pending() -> [String] {
        guard let names = try? fm.contentsOfDirectory(atPath: inbox.path) else { return [] }
        return names.filter { name in
            guard name.hasSuffix(".xml"), !name.hasPrefix(".") else { return false }
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: inbox.appendingPathComponent(name).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// Reads an inbox file: at most `maxBytes + 1` bytes (more means refused by the limit).
    public func read(_ name: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: inbox.appendingPathComponent(name).path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxBytes + 1) else { return nil }
        return [UInt8](data)
    }

    /// Moves a journaled inbox file to `processed/`, or to `rejected/` with `reason` beside it.
    public func settle(_ name: String, accepted: Bool, reason: String?) throws {
        let source = inbox.appendingPathComponent(name)
        let folder = accepted ? processed : rejected
        let target = freeName(name, in: folder)
        if !accepted {
            let text = (reason ?? "rejected") + "\n"
            try writeAtomically(Array(text.utf8), to: folder.appendingPathComponent(target.lastPathComponent + ".reason.txt"))
        }
        do {
            try fm.moveItem(at: source, to: target)
        } catch {
            // Already moved by a run that was stopped after moving it: nothing is lost.
            if !fm.fileExists(atPath: source.path) { return }
            throw ExchangeError.folder("cannot move \(name) out of the inbox: \(error.localizedDescription)")
        }
    }

    /// Writes a message for the EPJ. An existing file with the same bytes means it was already
    /// written (a restart); one with other bytes is a name clash: the message gets the next free
    /// name and the clash is reported.
    /// - Returns: the name written, and a note when the name clashed.
    @discardableResult
    public func deliver(_ name: String, bytes: [UInt8]) throws -> (name: String, clash: String?) {
        var target = outbox.appendingPathComponent(name)
        var clash: String?
        if let existing = fm.contents(atPath: target.path) {
            if [UInt8](existing) == bytes { return (name, nil) }
            target = freeName(name, in: outbox)
            clash = "outbox already has another file named \(name); written as \(target.lastPathComponent)"
        }
        try writeAtomically(bytes, to: target)
        return (target.lastPathComponent, clash)
    }

    private func freeName(_ name: String, in folder: URL) -> URL {
        var candidate = folder.appendingPathComponent(name)
        let stem = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
        var n = 1
        while fm.fileExists(atPath: candidate.path) {
            n += 1
            candidate = folder.appendingPathComponent("\(stem).\(n).xml")
        }
        return candidate
    }

    /// Writes to a hidden temporary name in the same folder, flushes, then renames.
    func writeAtomically(_ bytes: [UInt8], to target: URL) throws {
        let temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw ExchangeError.folder("cannot write \(target.deletingLastPathComponent().path): \(String(cString: strerror(errno)))")
        }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        close(fd)
        guard ok, rename(temp.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp.path)
            throw ExchangeError.folder("cannot write \(target.path): \(reason)")
        }
    }
}
