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
public enum InputCollector {
    public static func collect(_ paths: [String]) throws(UsageFailure) -> [InputItem] {
        var items: [InputItem] = []
        var problems: [String] = []
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
                continue
            }
            if FilePaths.isDirectory(path) {
                walk(path, into: &items, problems: &problems)
            } else if FilePaths.isRegularFile(path) {
                if access(path, R_OK) != 0 {
                    problems.append("\(path): \(String(cString: strerror(errno)))")
                } else {
                    items.append(.file(path))
                }
            } else {
                var info = stat()
                if lstat(path, &info) == 0 {
                    problems.append("\(path): not a regular file or folder")
                } else {
                    problems.append("\(path): \(String(cString: strerror(errno)))")
                }
            }
        }
        if !problems.isEmpty {
            let more = problems.count > 3 ? " (and \(problems.count - 3) more)" : ""
            throw UsageFailure("cannot read input: " + problems.prefix(3).joined(separator: "; ") + more)
        }
        return items
    }

    private static func walk(_ directory: String, into items: inout [InputItem], problems: inout [String]) {
        guard let handle = opendir(directory) else {
            problems.append("\(directory): \(String(cString: strerror(errno)))")
            return
        }
        closedir(handle)
        for (name, kind) in FilePaths.directoryEntries(directory).sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let path = FilePaths.join(directory, name)
            let isXML = name.lowercased().hasSuffix(".xml")
            switch kind {
            case .directory:
                walk(path, into: &items, problems: &problems)
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
