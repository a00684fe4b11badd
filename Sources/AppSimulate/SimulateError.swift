/// Why `plo simulate` cannot run (each maps to exit code 2 with a one-line message).
public enum SimulateError: Error, Equatable, CustomStringConvertible {
    /// A bad option value or combination.
    case usage(String)
    /// The output directory cannot be written.
    case io(String)

    /// One line for stderr.
    public var description: String {
        switch self {
        case .usage(let text): text
        case .io(let text): text
        }
    }
}
