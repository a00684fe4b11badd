import AppCore
import ArgumentParser

/// `plo rules`: lists every rule with its severity, kind, profiles, summary and source.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: ID, severity, kind, profiles, summary and source.",
        discussion: "Use 'plo explain RULE' for one rule in full, with a passing and a failing example."
    )

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    func run() throws {
        switch format {
        case "text": print(RulesCatalog.table(), terminator: "")
        case "json": print(RulesCatalog.json(), terminator: "")
        default:
            writeToStandardError("--format \(format): 'plo rules' writes text or json\n")
            throw ExitCode(2)
        }
    }
}
