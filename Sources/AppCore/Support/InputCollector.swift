import XMLCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One input to check: a file or standard input.
public enum InputItem: Sendable, Hashable {
    case file(String)
    case standardInput

    /// The name findings and reports use.
    public var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }
}

/// A usage-level failure: exit 2 with this one-line reason.
public struct UsageFailure: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Expands command-line paths into inputs: files as given, folders recursively (`*.xml`, sorted),
/// `-` for standard input. Anything that cannot be read is a usage failure, named.
///
/// Each real folder (device and inode, links followed) is read once: a link back to a folder
/// already being read (`ln -s . loop`) or to one read before is skipped with a note, so a
/// loop costs one `stat`, not an endless walk.
public enum InputCollector {
    /// Stops a run with a usage failure (exit 2) when `items` is empty, unless `allowEmpty`
    /// (eslint's behaviour: a gate that checked nothing must not pass silently).
    public static func requireInput(_ items: [InputItem], paths: [String], allowEmpty: Bool) throws(UsageFailure) {
        guard items.isEmpty, !allowEmpty else { return }
        let shown = paths.prefix(3).joined(separator: " ") + (paths.count > 3 ? " …" : "")
        throw UsageFailure("no input message found in \(shown) (no *.xml files); --allow-empty makes this exit 0")
    }

    /// Collects the inputs; notes about skipped folders go to standard error as `plo: note: …`.
    public static func collect(_ paths: [String]) throws(UsageFailure) -> [InputItem] {
        var notes: [String] = []
        let items = try collect(paths, notes: &notes)
        for note in notes {
            let line = Array("plo: note: \(note)\n".utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        return items
    }

    /// Collects the inputs and appends a line to `notes` for each folder skipped (a loop or a
    /// folder already read); at most 20 such lines, then a count.
    public static func collect(_ paths: [String], notes: inout [String]) throws(UsageFailure) -> [InputItem] {
        var walk = Walk()
        for path in paths {
            if path == "-" {
                walk.items.append(.standardInput)
                continue
            }
            if FilePaths.isDirectory(path) {
                walk.folder(path)
            } else if FilePaths.isRegularFile(path) {
                if access(path, R_OK) != 0 {
                    walk.problems.append("\(path): \(String(cString: strerror(errno)))")
                } else {
                    walk.items.append(.file(path))
                }
            } else {
                var info = stat()
                if lstat(path, &info) == 0 {
                    walk.problems.append("\(path): not a regular file or folder")
                } else {
                    walk.problems.append("\(path): \(String(cString: strerror(errno)))")
                }
            }
        }
        notes += walk.skipped.prefix(Walk.notesShown)
        if walk.skipped.count > Walk.notesShown {
            notes.append("\(walk.skipped.count - Walk.notesShown) more folders skipped the same way")
        }
        if !walk.problems.isEmpty {
            let problems = walk.problems
            let more = problems.count > 3 ? " (and \(problems.count - 3) more)" : ""
            throw UsageFailure("cannot read input: " + problems.prefix(3).joined(separator: "; ") + more)
        }
        return walk.items
    }

    /// One walk over the command line's folders.
    private struct Walk {
        static let notesShown = 20
        var items: [InputItem] = []
        var problems: [String] = []
        var skipped: [String] = []
        /// Folders read or being read, by identity, with the path they were first reached by.
        var seen: [FilePaths.Identity: String] = [:]
        /// Identities of the folders on the current path from the top (to tell loops apart).
        var open: Set<FilePaths.Identity> = []

        mutating func folder(_ directory: String) {
            guard let identity = FilePaths.identity(of: directory) else {
                problems.append("\(directory): \(String(cString: strerror(errno)))")
                return
            }
            if let first = seen[identity] {
                if open.contains(identity) {
                    skipped.append("\(directory): skipped, a link back to \(first) (a loop)")
                } else {
                    skipped.append("\(directory): skipped, the same folder as \(first), already read")
                }
                return
            }
            guard let handle = opendir(directory) else {
                problems.append("\(directory): \(String(cString: strerror(errno)))")
                return
            }
            closedir(handle)
            seen[identity] = directory
            open.insert(identity)
            defer { open.remove(identity) }
            for (name, kind) in FilePaths.directoryEntries(directory).sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
                let path = FilePaths.join(directory, name)
                let isXML = FilePaths.hasXMLExtension(name)
                switch kind {
                case .directory:
                    folder(path)
                case .regularFile:
                    guard isXML else { continue }
                    if access(path, R_OK) == 0 {
                        items.append(.file(path))
                    } else {
                        problems.append("\(path): \(String(cString: strerror(errno)))")
                    }
                case .other:
                    if isXML { problems.append("\(path): unreadable (broken link or not a regular file)") }
                }
            }
        }
    }
}
