import PLOModel
import XMLCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds and compiles the schema set a run uses.
public enum SchemaLocator {
    /// Namespaces every schema set must have: the envelope, PLO 1.6 content and AppRec 1.1.
    public static let requiredNamespaces = PLONamespace.required

    /// Namespaces taken when the set has them (older AppRec, Dialogmelding, signatures).
    public static let optionalNamespaces = [
        "http://www.w3.org/2000/09/xmldsig#",
        "http://www.kith.no/xmlstds/apprec/2004-11-21",
        "http://www.kith.no/xmlstds/dialog/2013-01-23",
    ]

    /// The environment variable naming the schema folder, ahead of every other place.
    public static let environmentVariable = "PLOKIT_SCHEMAS"

    /// The bundled `Schemas/` folder: `$PLOKIT_SCHEMAS` when set, else the first folder holding
    /// `catalog.xml` among, for the executable's real path (symbolic links resolved, so a `plo`
    /// found through `PATH` or a link works) and each of its five parent folders,
    /// `share/plokit/Schemas` (the install layout, `PREFIX/bin/plo` with
    /// `PREFIX/share/plokit/Schemas`) and `Schemas` (a build tree: `.build/debug/plo` two
    /// levels below the package's `Schemas/`).
    public static func bundledDirectory() -> String? {
        if let value = getenv(environmentVariable) {
            let path = String(cString: value)
            if !path.isEmpty { return path }
        }
        return candidates(executable: executablePath()).first { FilePaths.isRegularFile(FilePaths.join($0, "catalog.xml")) }
    }

    /// The folders ``bundledDirectory()`` tries for an executable at `executable`, in order.
    public static func candidates(executable: String?) -> [String] {
        guard let executable, executable.hasPrefix("/") else { return [] }
        var result: [String] = []
        var folder = FilePaths.directory(of: executable)
        for _ in 0..<6 {
            result.append(FilePaths.join(folder, "share/plokit/Schemas"))
            result.append(FilePaths.join(folder, "Schemas"))
            if folder == "/" || folder.isEmpty { break }
            folder = FilePaths.directory(of: folder)
        }
        return result
    }

    /// The running executable's real path: `/proc/self/exe` on Linux, else the first argument
    /// resolved against the working directory, with symbolic links resolved.
    public static func executablePath() -> String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            if length > 0 {
                return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
        #endif
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return FilePaths.realPath(first)
    }

    /// Compiles the set in `directory` (or the bundled set when nil).
    public static func compile(directory: String?, catalog: String?) throws(UsageFailure) -> SchemaSet {
        guard let folder = directory ?? bundledDirectory() else {
            throw UsageFailure(
                "the bundled schemas were not found beside the executable (share/plokit/Schemas); set \(environmentVariable) or give --schemas DIR")
        }
        guard FilePaths.isDirectory(folder) else {
            let origin = directory != nil ? "--schemas" : environmentVariable
            throw UsageFailure("\(origin) \(folder): not a folder")
        }
        do {
            return try SchemaSet.compile(directory: folder, catalogPath: catalog, required: requiredNamespaces, optional: optionalNamespaces)
        } catch {
            throw UsageFailure("unusable schema set \(folder): \(error)")
        }
    }
}
