/// Where a run's documents and manifest go. The simulator calls it synchronously, in send
/// order; implementations (a directory writer, an in-memory collector for tests, a pacing
/// wrapper) live outside the core.
public protocol SimulationOutput {
    /// Stores one document at `record.file` (relative to the output root).
    mutating func write(_ bytes: [UInt8], for record: MessageRecord) throws
    /// Appends a chunk of `manifest.json`.
    mutating func appendManifest(_ bytes: [UInt8]) throws
}

/// Collects everything in memory (for tests and small runs).
public struct InMemoryOutput: SimulationOutput {
    /// Documents by relative path, in send order.
    public private(set) var files: [(path: String, bytes: [UInt8])] = []
    /// The manifest bytes.
    public private(set) var manifest: [UInt8] = []

    /// Creates an empty collector.
    public init() {}

    /// Stores the document.
    public mutating func write(_ bytes: [UInt8], for record: MessageRecord) throws {
        files.append((record.file, bytes))
    }

    /// Appends to the manifest.
    public mutating func appendManifest(_ bytes: [UInt8]) throws {
        manifest.append(contentsOf: bytes)
    }
}
