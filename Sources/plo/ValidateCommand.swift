import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not yet available)")
    func run() throws { throw ExitCode(2) }
}
