#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small POSIX path helpers, so the XML layer needs no Foundation.
public enum FilePaths {
    public static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Entry names of a directory (without `.` and `..`), unsorted; empty when unreadable.
    public static func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            guard let name = entryName(entry) else { continue }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The name of a directory entry, read up to its terminating NUL in place. (Copying the
    /// fixed-size `d_name` array would read past a short entry's end: `readdir` returns records
    /// only as long as their name.)
    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String? {
        guard let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return nil }
        let name = (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self)
        return String(decoding: UnsafeRawBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
    }

    /// The device and inode of what `path` names, links followed; `nil` when it cannot be read.
    public struct Identity: Hashable, Sendable {
        public let device: UInt64
        public let inode: UInt64
    }

    /// The ``Identity`` of `path` (links followed).
    public static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Whether `path` itself is a symbolic link.
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// `path` with every symbolic link, `.` and `..` resolved (`realpath`); nil when it does not
    /// exist or cannot be read.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `name` ends in `.xml`, in any case (`.XML`, `.Xml`): four bytes compared in place,
    /// where `lowercased()` copied every name of a folder walk.
    public static func hasXMLExtension(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count >= 4 else { return false }
        var index = utf8.index(utf8.endIndex, offsetBy: -4)
        guard utf8[index] == UInt8(ascii: ".") else { return false }
        // A letter's lower case is its upper case with bit 5 set; only X and x give x, etc.
        for lower in "xml".utf8 {
            utf8.formIndex(after: &index)
            guard utf8[index] | 0x20 == lower else { return false }
        }
        return true
    }

    /// What a directory entry is, as `readdir` tells it (no extra `stat` for the common cases).
    public enum EntryKind: Sendable {
        case directory, regularFile, other
    }

    /// Entries of a directory with their kind, unsorted; empty when unreadable. Links and
    /// unknown types are resolved with `stat`, so a link to a file counts as a file.
    public static func directoryEntries(_ path: String) -> [(name: String, kind: EntryKind)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var entries: [(name: String, kind: EntryKind)] = []
        while let entry = readdir(dir) {
            guard let name = entryName(entry) else { continue }
            if name == "." || name == ".." { continue }
            let kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .regularFile
            default:
                let full = join(path, name)
                kind = isDirectory(full) ? .directory : (isRegularFile(full) ? .regularFile : .other)
            }
            entries.append((name, kind))
        }
        return entries
    }

    /// Resolves `path` component by component, ignoring case where the exact name is missing.
    public static func caseInsensitiveMatch(_ path: String) -> String? {
        let absolute = path.hasPrefix("/")
        var current = absolute ? "" : "."
        for component in path.split(separator: "/") {
            let name = String(component)
            let exact = join(current.isEmpty ? "/" : current, name)
            if name == "." || name == ".." {
                current = exact
                continue
            }
            var info = stat()
            if stat(exact, &info) == 0 {
                current = exact
                continue
            }
            let lower = name.lowercased()
            guard let match = listDirectory(current.isEmpty ? "/" : current).sorted().first(where: { $0.lowercased() == lower }) else { return nil }
            current = join(current.isEmpty ? "/" : current, match)
        }
        return isRegularFile(current) ? current : nil
    }
}
