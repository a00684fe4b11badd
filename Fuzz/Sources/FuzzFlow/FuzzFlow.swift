import AppCore
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

    static func parts(_ input: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= input.count, parts.count < 7 {
            if input[index..<(index + separator.count)].elementsEqual(FuzzFlow.separator) {
                parts.append(Array(input[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(input[start...]))
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
            let formats = [OutputFormat.text, .json, .junit, .sarif, .html]
            _ = report.render(formats[Int(contentHash(input) % UInt64(formats.count))])
            return 0
        })
    }
}
