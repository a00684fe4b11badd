import AppCore
import Foundation
import FuzzSupport
import PLOModel
import PLORules

/// One input = a set of messages separated by a line `%%`: each is validated, then the set is
/// grouped into stays and checked by the flow rules, and the report rendered in every format.
@main
enum FuzzFlow {
    static let separator = Array("\n%%\n".utf8)

    static func parts(_ input: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= input.count, parts.count < 31 {
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
            var inputs: [FlowInput] = []
            for (number, part) in FuzzFlow.parts(bytes(data, size)).enumerated() {
                let name = "m\(number).xml"
                let hash = contentHash(part)
                let outcome = FuzzContext.engine.process(
                    bytes: part, name: name, validator: FuzzContext.validator, parser: FuzzContext.parser
                ) { message in FlowMessage(message, file: name, contentHash: hash) }
                inputs.append(FlowInput(file: name, findings: outcome.result.findings, message: outcome.extracted))
            }
            let report = FlowReport(inputs: inputs, context: FlowContext())
            for format in OutputFormat.allCases { _ = try? report.rendered(format) }
            return 0
        })
    }
}
