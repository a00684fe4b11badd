import ArgumentParser
import PloCommands

/// `plo` as `scripts/install.sh` installs it: validate, flow, rules, explain and schema-driver
/// in an executable without Foundation (only the FoundationEssentials ArgumentParser uses), NIO
/// or SQLite: a one-file `plo validate` costs 1.03 × the instructions of `xmllint --schema`
/// (docs/performance.md). Any other command line (simulate, serve, `--help`, `--version`,
/// completions) is handed to the full `plo` (``FullPlo``), which answers as if it had been run.
@main
struct PloLean: ParsableCommand {
    static let configuration = PloRoot.configuration(subcommands: PloRoot.leanCommands)

    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2, PloRoot.leanCommandNames.contains(arguments[1]) else { FullPlo.exec() }
        PloRoot.main(PloLean.self)
    }
}
