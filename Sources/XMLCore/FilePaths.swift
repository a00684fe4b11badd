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

    /// Whether the name `a` sorts before `b` in byte order (their UTF-8 bytes), as `strcmp` and
    /// `ls` in the C locale order names: the same order whatever the names' Unicode
    /// normalization, and one `memcmp` instead of `String`'s comparison of normalized scalars
    /// (a third of a folder walk's cost).
    public static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let common = min(x.count, y.count)
                if common > 0, let left = x.baseAddress, let right = y.baseAddress {
                    let order = memcmp(left, right, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
    }

    /// Whether the name `bytes` (UTF-8) ends in `.xml`, in any case (`.XML`, `.Xml`).
    public static func hasXMLExtension(_ bytes: [UInt8]) -> Bool {
        let count = bytes.count
        guard count >= 4, bytes[count - 4] == UInt8(ascii: ".") else { return false }
        // A letter's lower case is its upper case with bit 5 set; only X and x give x, etc.
        return bytes[count - 3] | 0x20 == UInt8(ascii: "x") && bytes[count - 2] | 0x20 == UInt8(ascii: "m")
            && bytes[count - 1] | 0x20 == UInt8(ascii: "l")
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
