import ArgumentParser

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "simulate", abstract: "(not yet available)")
    func run() throws { throw ExitCode(2) }
}
