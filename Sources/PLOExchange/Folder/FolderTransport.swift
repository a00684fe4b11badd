import XMLCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder transport of `serve.md`: the EPJ renames complete `*.xml` files into the inbox;
/// each is journaled, then moved to `processed/` (accepted) or `rejected/` (with a
/// `.reason.txt`). Every message for the EPJ appears in the outbox as one file, written to a
/// hidden temporary name and renamed, never half-written. Files go through ``FilePaths``, the
/// one file layer of the package.
public struct FolderTransport {
    public let inbox: String
    public let outbox: String
    public let processed: String
    public let rejected: String
    /// Largest file read whole; a larger one is read only this far plus one byte (refused).
    public var maxBytes: Int

    /// Checks and prepares the folders.
    /// - Throws: ``ExchangeError/folder(_:)`` when the inbox cannot be read or the outbox written.
    public init(inbox: String, outbox: String, maxBytes: Int) throws {
        self.inbox = inbox
        self.outbox = outbox
        processed = FilePaths.join(inbox, "processed")
        rejected = FilePaths.join(inbox, "rejected")
        self.maxBytes = maxBytes
        guard FilePaths.isDirectory(inbox) else { throw ExchangeError.folder("--inbox \(inbox) is not a folder") }
        do {
            for folder in [processed, rejected, outbox] { try FilePaths.makeDirectories(folder) }
        } catch {
            throw ExchangeError.folder("cannot prepare the folders: \(error.reason)")
        }
        guard access(processed, W_OK) == 0, access(rejected, W_OK) == 0, access(inbox, W_OK) == 0 else {
            throw ExchangeError.folder("--inbox \(inbox) is not writable (files are moved to processed/ and rejected/)")
        }
        let probe = FilePaths.join(outbox, ".plo-write-probe-\(getpid())")
        do {
            try FilePaths.writeFile(probe, [])
        } catch {
            throw ExchangeError.folder("--outbox \(outbox) is not writable")
        }
        FilePaths.remove(probe)
        // Temporary files of a run that was killed mid-write (ours: ".<name>.<pid>.tmp").
        for folder in [outbox, processed, rejected] {
            for name in FilePaths.listDirectory(folder) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                FilePaths.remove(FilePaths.join(folder, name))
            }
        }
    }

    /// The complete messages waiting in the inbox, by name: `*.xml` regular files, not hidden
    /// (a file still being written has a temporary name and is left alone).
    public func pending() -> [String] {
        FilePaths.directoryEntries(inbox)
            .filter { $0.name.hasSuffix(".xml") && !$0.name.hasPrefix(".") && $0.kind == .regularFile }
            .map(\.name)
            .sorted()
    }

    /// Reads an inbox file: at most `maxBytes + 1` bytes (more means refused by the limit).
    public func read(_ name: String) -> [UInt8]? {
        FilePaths.readPrefix(FilePaths.join(inbox, name), count: maxBytes + 1)
    }

    /// Moves a journaled inbox file to `processed/`, or to `rejected/` with `reason` beside it.
    public func settle(_ name: String, accepted: Bool, reason: String?) throws {
        let source = FilePaths.join(inbox, name)
        let folder = accepted ? processed : rejected
        let target = freeName(name, in: folder)
        if !accepted {
            let text = (reason ?? "rejected") + "\n"
            try writeAtomically(Array(text.utf8), to: target + ".reason.txt")
        }
        do {
            try FilePaths.move(source, to: target)
        } catch {
            // Already moved by a run that was stopped after moving it: nothing is lost.
            if !FilePaths.exists(source) { return }
            throw ExchangeError.folder("cannot move \(name) out of the inbox: \(error.reason)")
        }
    }

    /// Writes a message for the EPJ. An existing file with the same bytes means it was already
    /// written (a restart); one with other bytes is a name clash: the message gets the next free
    /// name and the clash is reported.
    /// - Returns: the name written, and a note when the name clashed.
    @discardableResult
    public func deliver(_ name: String, bytes: [UInt8]) throws -> (name: String, clash: String?) {
        var target = FilePaths.join(outbox, name)
        var clash: String?
        if FilePaths.exists(target) {
            if FilePaths.readPrefix(target, count: bytes.count + 1) == bytes { return (name, nil) }
            target = freeName(name, in: outbox)
            clash = "outbox already has another file named \(name); written as \(FilePaths.name(of: target))"
        }
        try writeAtomically(bytes, to: target)
        return (FilePaths.name(of: target), clash)
    }

    private func freeName(_ name: String, in folder: String) -> String {
        var candidate = FilePaths.join(folder, name)
        let stem = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
        var n = 1
        while FilePaths.exists(candidate) {
            n += 1
            candidate = FilePaths.join(folder, "\(stem).\(n).xml")
        }
        return candidate
    }

    /// Writes to a hidden temporary name in the same folder, then renames.
    func writeAtomically(_ bytes: [UInt8], to target: String) throws {
        do {
            try FilePaths.writeFileAtomically(target, bytes)
        } catch {
            throw ExchangeError.folder("cannot write \(target): \(error.reason)")
        }
    }
}
