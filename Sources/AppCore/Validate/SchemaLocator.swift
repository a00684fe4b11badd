import Foundation
import PLOModel
import XMLCore

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

    /// The bundled `Schemas/` folder: `$PLOKIT_SCHEMAS`, else a `Schemas/` beside or above the
    /// executable (`share/plokit/Schemas` in an install), else the one in the source tree this
    /// binary was built from.
    public static func bundledDirectory() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["PLOKIT_SCHEMAS"], !path.isEmpty { return path }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Schemas"))
            candidates.append(folder.appendingPathComponent("share/plokit/Schemas"))
            folder.deleteLastPathComponent()
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        candidates.append(source.appendingPathComponent("Schemas"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("catalog.xml").path) }?.path
    }

    /// Compiles the set in `directory` (or the bundled set when nil).
    public static func compile(directory: String?, catalog: String?) throws(UsageFailure) -> SchemaSet {
        guard let folder = directory ?? bundledDirectory() else {
            throw UsageFailure("the bundled schemas were not found; set PLOKIT_SCHEMAS or give --schemas DIR")
        }
        guard FilePaths.isDirectory(folder) else { throw UsageFailure("--schemas \(folder): not a folder") }
        do {
            return try SchemaSet.compile(directory: folder, catalogPath: catalog, required: requiredNamespaces, optional: optionalNamespaces)
        } catch {
            throw UsageFailure("unusable schema set \(folder): \(error)")
        }
    }
}
