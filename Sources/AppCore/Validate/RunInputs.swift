import Dispatch
import Synchronization
import XMLCore

/// What a `plo validate` or `plo flow` run starts from: its inputs, found, and the schema set,
/// compiled.
public struct RunInputs: Sendable {
    public let items: [InputItem]
    public let schemas: SchemaSet

    /// Collects the inputs of `paths` and compiles the schema set in `directory` (the bundled one
    /// when nil). With a folder among `paths` the two run at the same time, the compile on a
    /// second thread: on a large folder the walk (reading, sorting, checking every entry) takes
    /// about as long as the compile, and both come before any message is validated. A single
    /// file is not worth a thread.
    ///
    /// Failures come in the order a user fixes them: unreadable input, then no input (unless
    /// `allowEmpty`), then an unusable schema set.
    ///
    /// - Throws: ``UsageFailure`` (exit 2) for each of those.
    public static func prepare(
        _ paths: [String], schemas directory: String?, catalog: String?, allowEmpty: Bool
    ) throws(UsageFailure) -> RunInputs {
        guard paths.contains(where: FilePaths.isDirectory) else {
            let items = try InputCollector.collect(paths)
            try InputCollector.requireInput(items, paths: paths, allowEmpty: allowEmpty)
            return RunInputs(items: items, schemas: try SchemaLocator.compile(directory: directory, catalog: catalog))
        }
        // libxml2 is initialized here, on the calling thread, not by the compile's thread; the
        // walk itself never touches libxml2.
        XMLLibrary.initialize()
        let compiled = Mutex<Result<SchemaSet, UsageFailure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let result = Result { () throws(UsageFailure) in try SchemaLocator.compile(directory: directory, catalog: catalog) }
            compiled.withLock { $0 = result }
            done.signal()
        }
        let collected = Result { () throws(UsageFailure) in try InputCollector.collect(paths) }
        done.wait()
        let items = try collected.get()
        try InputCollector.requireInput(items, paths: paths, allowEmpty: allowEmpty)
        guard let schemas = compiled.withLock({ $0 }) else { throw UsageFailure("internal: the schema set was not compiled") }
        return RunInputs(items: items, schemas: try schemas.get())
    }
}
