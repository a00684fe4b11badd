import AppCore
#if canImport(Glibc)
    import Glibc
#endif
import Foundation
import FuzzSupport
import PLOModel
import PLORules
import XMLCore

/// One input = a set of messages separated by a line `%%` (at most 8): each is parsed (with
/// `plo`'s limits) and read as a typed message, then the set is grouped into stays and checked by
/// the flow rules, and the report rendered in one format chosen by the input's hash (so every
/// format is reached across the corpus, and each input always takes the same path).
///
/// XSD and the profile rules are left to `FuzzMessage`: here they would cost nine tenths of every
/// execution and reach no flow code.
@main
enum FuzzFlow {
    static let separator = Array("\n%%\n".utf8)

    /// The messages of `input`: the bytes between separators (memmem finds them: a byte loop
    /// here, coverage-instrumented, cost an eighth of every execution).
    static func parts(_ input: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        input.withUnsafeBytes { raw in
            separator.withUnsafeBytes { needle in
                guard let base = raw.baseAddress, let pattern = needle.baseAddress else { return }
                while parts.count < 7, start <= raw.count,
                    let hit = memmem(base + start, raw.count - start, pattern, needle.count)
                {
                    let offset = base.distance(to: UnsafeRawPointer(hit))
                    parts.append(Array(input[start..<offset]))
                    start = offset + needle.count
                }
            }
        }
        parts.append(Array(input[min(start, input.count)...]))
        return parts
    }

    static func main() {
        _ = FuzzContext.engine
        exit(runFuzzer { data, size in
            let input = bytes(data, size)
            var inputs: [FlowInput] = []
            let limits = FuzzContext.engine.settings.limits
            for (number, part) in FuzzFlow.parts(input).enumerated() {
                let name = "m\(number).xml"
                let parsed = FuzzContext.parser?.parse(part, name: name, limits: limits) ?? XMLParser.parse(part, name: name, limits: limits)
                let message = parsed.document.map { FlowMessage(PLOMessage(document: $0), file: name, contentHash: contentHash(part)) }
                inputs.append(FlowInput(file: name, findings: parsed.findings, message: message))
            }
            let report = FlowReport(inputs: inputs, context: FlowContext())
            _ = try? report.rendered(OutputFormat.allCases[Int(contentHash(input) % UInt64(OutputFormat.allCases.count))])
            return 0
        })
    }
}
