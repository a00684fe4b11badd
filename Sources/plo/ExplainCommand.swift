import ArgumentParser

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "(not yet available)")
    func run() throws { throw ExitCode(2) }
}
