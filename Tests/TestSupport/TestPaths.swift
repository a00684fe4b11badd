import Foundation
import Testing

/// Where the project's and the shared reference files are, found from this source file.
public enum TestPaths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `Fixtures/<relative>`.
    public static func fixture(_ relative: String) -> URL { root.appendingPathComponent("Fixtures").appendingPathComponent(relative) }

    /// The bundled `Schemas/` folder.
    public static var schemas: URL { root.appendingPathComponent("Schemas") }

    /// `../shared/reference/ehelse`, the official material (absent on machines without `../shared`).
    public static var ehelse: URL { root.deletingLastPathComponent().appendingPathComponent("shared/reference/ehelse") }

    /// Whether the official reference material is present.
    public static var hasReference: Bool { FileManager.default.fileExists(atPath: ehelse.appendingPathComponent("schemas/ehelseCatalog.xml").path) }

    /// The official schema folder.
    public static var officialSchemas: URL { ehelse.appendingPathComponent("schemas") }

    /// The 22 official PLO 1.6 example messages, sorted by path.
    public static var officialExamples: [URL] { xmlFiles(in: ehelse.appendingPathComponent("examples/plo-1.6")) }

    /// All `*.xml` files below `folder`, sorted by path.
    public static func xmlFiles(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }

    /// The message shown when a test skips for want of `../shared`.
    public static let missingReference: Comment = "../shared/reference/ehelse is absent: official-oracle tests skipped"
}
