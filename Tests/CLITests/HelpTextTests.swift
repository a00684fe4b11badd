import Foundation
import TestSupport
import Testing

/// Help that reads well at 80 columns: argument-parser wraps the paragraphs (none is wrapped by
/// hand), each command lists only the formats it accepts, no default is said twice, and every
/// example uses options the command has. Shell completions complete paths and rule IDs.
@Suite(.serialized) struct HelpTextTests {
    static let commands = ["", "validate", "flow", "simulate", "rules", "explain", "schema-driver"]

    private func help(_ command: String) throws -> String {
        let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
        let result = try CLI.run(arguments, environment: ["COLUMNS": "80"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Option entries: an entry's first line starts with `  -` (or `  <`), the rest continue it.
    private func entries(_ text: String) -> [String] {
        var entries: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  -") || line.hasPrefix("  <") {
                entries.append(String(line))
            } else if line.hasPrefix("                          "), !entries.isEmpty {
                entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return entries
    }

    @Test(arguments: commands)
    func fitsEightyColumnsWithoutHandWrapping(command: String) throws {
        let text = try help(command)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines { #expect(line.count <= 80, "'\(command)': \(line.count) columns: \(line)") }
        // In the prose before USAGE, a line followed by more of its paragraph is filled: a
        // short one there is a hand-wrapped line that argument-parser wrapped again.
        let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
        for (line, next) in zip(prose, prose.dropFirst()) {
            let continues = !line.isEmpty && !next.isEmpty && !next.hasPrefix(" ") && !line.hasPrefix(" ") && !line.hasSuffix(":")
            if continues { #expect(line.count >= 55, "'\(command)': a short line inside a paragraph: '\(line)'") }
        }
    }

    @Test(arguments: commands)
    func noDefaultIsSaidTwice(command: String) throws {
        for entry in entries(try help(command)) {
            #expect(entry.components(separatedBy: "default").count <= 2, "\(entry)")
        }
    }

    @Test func eachCommandListsTheFormatsItAccepts() throws {
        let validate = entries(try help("validate")).first { $0.contains("--format") } ?? ""
        #expect(validate.contains("(values: text, json, junit, sarif; default: text)"), "\(validate)")
        let flow = entries(try help("flow")).first { $0.contains("--format") } ?? ""
        #expect(flow.contains("(values: text, json, junit, sarif, html; default: text)"), "\(flow)")
        let refused = try CLI.run(["validate", "--format", "html", "Fixtures/messages"])
        #expect(refused.exitCode == 2)
    }

    @Test(arguments: commands)
    func examplesUseOptionsTheCommandHas(command: String) throws {
        let text = try help(command)
        let options = Set(
            entries(text).flatMap { entry in
                entry.split(separator: " ").filter { $0.hasPrefix("-") }.map { String($0.trimmingCharacters(in: CharacterSet(charactersIn: ","))) }
            })
        for line in text.split(separator: "\n") where line.hasPrefix("  plo ") || line.contains("| plo ") {
            let words = line.split(separator: " ").map(String.init)
            guard let plo = words.firstIndex(of: "plo") else { continue }
            let sub = words.count > plo + 1 ? words[plo + 1] : ""
            // The command's own examples (the root's name other commands: checked there).
            if command.isEmpty {
                #expect(Self.commands.contains(sub), "\(line)")
                continue
            }
            #expect(sub == command, "an example of another command: \(line)")
            for flag in words.dropFirst(plo + 2) where flag.hasPrefix("--") {
                #expect(options.contains(flag), "'\(command)' example uses \(flag), which it does not have: \(line)")
            }
        }
    }

    @Test func completionsCompletePathsAndRuleIDs() throws {
        let bash = try CLI.run(["--generate-completion-script", "bash"])
        #expect(bash.exitCode == 0)
        #expect(bash.stdout.contains("'FLOW-WINDOW-UTSKRIVNINGSKLAR'"), "--disable completes warning rules")
        #expect(bash.stdout.contains("'PLO-EVENT-REQUIRED'"), "explain completes every rule")
        #expect(bash.stdout.contains("__plo_add_completions -d"), "folders for --schemas and --out DIR")
        #expect(bash.stdout.contains("__plo_add_completions -f"), "files for --out FILE")
        for shell in ["zsh", "fish"] {
            let script = try CLI.run(["--generate-completion-script", shell])
            #expect(script.exitCode == 0)
            #expect(script.stdout.contains("FLOW-WINDOW-UTSKRIVNINGSKLAR"), "\(shell)")
        }
    }
}
