import Synchronization
import XMLCore

/// What a run hands to the operating system at exit instead of freeing it: `plo` exits right
/// after a run, and freeing the compiled schema set (libxml2's `xmlSchemaFree`, a walk over every
/// type and particle) cost 2.4 M instructions, 6 % of a one-file `plo validate`.
///
/// Only the latest set is kept, so a process that runs several validations (the tests) frees
/// each earlier one as the next takes its place.
enum KeptUntilExit {
    private static let schemaSet = Mutex<SchemaSet?>(nil)

    /// Keeps `set` alive until the process exits (or the next call).
    static func keep(_ set: SchemaSet) {
        let previous = schemaSet.withLock { kept in
            defer { kept = set }
            return kept
        }
        // The previous set, if any, is released here, outside the lock.
        withExtendedLifetime(previous) {}
    }
}
