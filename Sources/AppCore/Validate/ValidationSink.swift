/// Receives the results of ``ValidationEngine/validate(_:jobs:into:)`` in input order, as soon as
/// each result and all before it are ready.
///
/// Calls come from the engine's worker threads, one at a time (under the engine's lock) and in
/// input order; a sink need not be fast, but while it works, finished workers wait.
public protocol ValidationSink: Sendable {
    /// The result for input `index`; called exactly once per input, in input order.
    func receive(_ result: FileResult, at index: Int)

    /// Called after each run of results handed on together: the moment to write them out.
    func endOfBatch()

    /// True once the sink can take nothing more (its output is closed, e.g. a broken pipe):
    /// the engine then starts no further inputs.
    var isClosed: Bool { get }
}

extension ValidationSink {
    public var isClosed: Bool { false }
}
