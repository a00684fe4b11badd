/// Why a schema set cannot be used. Each case reads as one sentence for stderr (exit 2).
public enum SchemaSetError: Error, Sendable, Equatable, CustomStringConvertible {
    case noCatalog(directory: String)
    case unreadableCatalog(path: String, reason: String)
    case missingSchema(namespace: String, catalog: String)
    case compileFailed(reasons: [String])

    public var description: String {
        switch self {
        case .noCatalog(let directory):
            "no XML catalog (*Catalog.xml or catalog.xml) in \(directory); give one with --catalog FILE"
        case .unreadableCatalog(let path, let reason):
            "cannot use the catalog \(path): \(reason)"
        case .missingSchema(let namespace, let catalog):
            "the catalog \(catalog) maps no existing schema file for the namespace \(namespace)"
        case .compileFailed(let reasons):
            "the schema set does not compile: " + reasons.prefix(3).joined(separator: "; ")
        }
    }
}
