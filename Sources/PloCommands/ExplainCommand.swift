import AppCore
import ArgumentParser
import PLORules

/// `plo explain RULE`: one rule in full — what it checks, why, its source, and a passing and a
/// failing example.
public struct ExplainCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule, with a passing and a failing example.",
        discussion: "Example: plo explain PLO-EVENT-REQUIRED"
    )

    @Argument(help: ArgumentHelp("The rule ID, e.g. PLO-EVENT-REQUIRED (case-insensitive)."), completion: .list(RulesCatalog.rules.map(\.id)))
    var rule: String

    @Option(name: .long, help: "Output format.")
    var format: ExplainFormat = .text

    public init() {}

    public func run() throws {
        guard let info = RulesCatalog.rule(rule) else {
            writeToStandardError(RulesCatalog.unknownRuleReason(rule) + "\n")
            throw ExitCode(2)
        }
        if format == .json {
            print(RulesCatalog.json(info).serialized(pretty: true))
        } else {
            print(RulesCatalog.explain(info), terminator: "")
        }
    }
}
