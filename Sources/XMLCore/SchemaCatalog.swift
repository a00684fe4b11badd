/// An OASIS XML catalog, read for one purpose: to find the schema file of a namespace, offline.
///
/// Understands `<uri name=… uri=…>`, `<public publicId=… uri=…>` and `<system systemId=… uri=…>`
/// entries; relative URIs are resolved against the catalog's folder. When the mapped file does
/// not exist as written, a case-insensitive match is tried (the official e-helse catalog maps
/// AppRec 1.1 to `Apprec-v1.1.xsd` while the file is `AppRec-v1.1.xsd`).
public struct SchemaCatalog: Sendable {
    /// The catalog file.
    public let path: String
    /// The folder relative URIs are resolved against.
    public let directory: String
    /// Namespace (or public/system identifier) → URI as written in the catalog.
    public let entries: [String: String]

    /// Reads the catalog at `path`.
    public static func load(path: String) throws(SchemaSetError) -> SchemaCatalog {
        let bytes: [UInt8]
        do {
            switch try InputReader.read(path: path, maxBytes: 8 * 1024 * 1024) {
            case .bytes(let data): bytes = data
            case .tooLarge: throw SchemaSetError.unreadableCatalog(path: path, reason: "larger than 8 MiB")
            }
        } catch let error as SchemaSetError {
            throw error
        } catch {
            throw .unreadableCatalog(path: path, reason: "\(error)")
        }
        let outcome = XMLParser.parse(bytes, name: path, allowDoctype: true)
        guard let root = outcome.document?.root else {
            throw .unreadableCatalog(path: path, reason: outcome.findings.first?.message ?? "not XML")
        }
        var entries: [String: String] = [:]
        for entry in root.children {
            let key: String?
            switch entry.localName {
            case "uri": key = entry.attribute("name")
            case "public": key = entry.attribute("publicId")
            case "system": key = entry.attribute("systemId")
            default: key = nil
            }
            if let key, let uri = entry.attribute("uri"), entries[key] == nil { entries[key] = uri }
        }
        let directory = FilePaths.directory(of: path)
        return SchemaCatalog(path: path, directory: directory, entries: entries)
    }

    /// Finds the catalog to use in `directory`: among `*Catalog.xml`/`catalog.xml` files, the one
    /// that resolves the most of `namespaces` to existing files.
    public static func discover(in directory: String, for namespaces: [String]) throws(SchemaSetError) -> SchemaCatalog {
        let candidates = FilePaths.listDirectory(directory).filter { name in
            let lower = name.lowercased()
            return lower.hasSuffix("catalog.xml")
        }.sorted()
        var best: (catalog: SchemaCatalog, score: Int)?
        for name in candidates {
            guard let catalog = try? load(path: FilePaths.join(directory, name)) else { continue }
            let score = namespaces.filter { catalog.resolve($0) != nil }.count
            if score > (best?.score ?? -1) { best = (catalog, score) }
        }
        guard let best else { throw .noCatalog(directory: directory) }
        return best.catalog
    }

    /// The absolute path of the existing schema file for `namespace`, or nil.
    public func resolve(_ namespace: String) -> String? {
        guard let uri = entries[namespace], !Self.hasScheme(uri) else { return nil }
        let path = uri.hasPrefix("/") ? uri : FilePaths.join(directory, uri)
        if FilePaths.isRegularFile(path) { return path }
        return FilePaths.caseInsensitiveMatch(path)
    }

    /// Whether `uri` contains `://` (a URL, never opened). Compares bytes: the generic
    /// `String.contains(_:)` cost 16,000 instructions a call, 0.3 M of every run's start-up.
    static func hasScheme(_ uri: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in uri.utf8 {
            if byte == UInt8(ascii: "/") && previous == (UInt8(ascii: ":"), UInt8(ascii: "/")) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
