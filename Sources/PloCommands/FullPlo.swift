import AppCore
import XMLCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How `plo-lean` hands a command line it does not run itself (simulate, serve, help, version,
/// completions) to the full `plo`: it replaces its own process with it (`execv`), so the process
/// id, standard streams, signals and exit code are the full `plo`'s, as if it had been started.
public enum FullPlo {
    /// Where the full `plo` is looked for, first found wins, for a `plo-lean` at `executable`:
    /// `../libexec/plokit/plo` (the install layout: `PREFIX/bin/plo` is `plo-lean`) and `plo`
    /// beside it (a build folder: `.build/debug/plo-lean` beside `.build/debug/plo`).
    public static func candidates(executable: String) -> [String] {
        let folder = FilePaths.directory(of: executable)
        return [FilePaths.join(FilePaths.directory(of: folder), "libexec/plokit/plo"), FilePaths.join(folder, "plo")]
    }

    /// Replaces this process with the full `plo`, same arguments; returns only if that is
    /// impossible, after writing why to standard error, with exit code 2.
    public static func exec() -> Never {
        guard let executable = SchemaLocator.executablePath() else {
            fail("the path of this executable is unknown, so the full plo beside it cannot be found")
        }
        let own = FilePaths.realPath(executable) ?? executable
        // Itself is never a candidate (installed as PREFIX/bin/plo, it is `plo` beside itself).
        let candidates = candidates(executable: executable).filter { (FilePaths.realPath($0) ?? $0) != own }
        var failures: [String] = []
        for candidate in candidates where FilePaths.isRegularFile(candidate) {
            execv(candidate, CommandLine.unsafeArgv)
            failures.append("cannot run \(candidate): \(String(cString: strerror(errno)))")
        }
        let command = CommandLine.arguments.dropFirst().first.map { " \($0)" } ?? ""
        let found = failures.isEmpty ? "was not found at \(candidates.joined(separator: " or "))" : failures.joined(separator: "; ")
        fail("plo\(command) needs the full plo, which \(found); install with scripts/install.sh, or build it with 'swift build'")
    }

    private static func fail(_ reason: String) -> Never {
        writeToStandardError("plo: \(reason)\n")
        exit(2)
    }
}
