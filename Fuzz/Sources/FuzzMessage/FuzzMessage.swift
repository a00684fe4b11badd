import AppCore
import FuzzSupport
import Foundation
import PLOModel

/// One input = one message: parse, XSD (the bundled schema set, compiled once) and the profile
/// rules, then the report writers, as `plo validate` does.
@main
enum FuzzMessage {
    static func main() {
        _ = FuzzContext.engine
        exit(runFuzzer { data, size in
            let input = bytes(data, size)
            let outcome = FuzzContext.engine.process(
                bytes: input, name: "fuzz.xml", validator: FuzzContext.validator, parser: FuzzContext.parser
            ) { message in FlowMessage(message, file: "fuzz.xml", contentHash: 0) }
            for format in [OutputFormat.text, .json, .junit, .sarif] {
                let writer = ReportWriter(.validate, format: format, output: .memory())
                writer.add(outcome.result)
                _ = try? writer.finish()
            }
            return 0
        })
    }
}
