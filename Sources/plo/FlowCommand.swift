import ArgumentParser

struct FlowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "flow", abstract: "(not yet available)")
    func run() throws { throw ExitCode(2) }
}
