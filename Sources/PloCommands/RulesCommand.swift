import AppCore
import ArgumentParser

/// What `plo rules` writes.
enum RulesFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown
}

/// What `plo explain` writes.
enum ExplainFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

/// `plo rules`: lists every rule with its severity, kind, profiles, summary and source.
public struct RulesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: ID, severity, kind, profiles, summary and source.",
        discussion: """
            Use 'plo explain RULE' for one rule in full, with a passing and a failing example. \
            '--format markdown' writes the catalog part of docs/rules.md (scripts/generate-docs.sh).
            """
    )

    @Option(name: .long, help: "Output format.")
    var format: RulesFormat = .text

    public init() {}

    public func run() throws {
        switch format {
        case .text: print(RulesCatalog.table(), terminator: "")
        case .json: print(RulesCatalog.json(), terminator: "")
        case .markdown: print(RulesCatalog.markdown(), terminator: "")
        }
    }
}
