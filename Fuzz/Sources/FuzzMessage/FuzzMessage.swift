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
            let report = ValidationReport(results: [outcome.result])
            for format in [OutputFormat.text, .json, .junit, .sarif] { _ = report.render(format) }
            return 0
        })
    }
}
