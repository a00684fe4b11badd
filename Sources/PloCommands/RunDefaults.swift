#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The defaults every command shares, read without Foundation (the fast path of `plo validate`
/// uses them before any option is parsed).
enum RunDefaults {
    /// Every core the process may run on: the default of `--jobs`.
    static var allCores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// Colour only on a terminal, and never with `NO_COLOR` set or a file as output.
    static func color(out: String?) -> Bool {
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        return out == nil && !noColor && isatty(STDOUT_FILENO) != 0
    }
}
