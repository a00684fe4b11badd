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
    /// The messages of `input`: the bytes between separators, found with memchr on their `%`
    /// (a byte loop here, coverage-instrumented, cost an eighth of every execution).
    static func parts(_ input: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var from = 1
        input.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while parts.count < 7, from + 2 < raw.count, let hit = memchr(base + from, 0x25, raw.count - from - 2) {
                let at = base.distance(to: UnsafeRawPointer(hit))
                if raw[at - 1] == 0x0A, raw[at + 1] == 0x25, raw[at + 2] == 0x0A {
                    parts.append(Array(input[start..<(at - 1)]))
                    start = at + 3
                    from = start + 1
                } else {
                    from = at + 1
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
