// Validates the message files given as arguments with the PLOKit library and prints each
// finding; exits 1 when any message has an error finding.
//
//   swift run --package-path Examples/ValidateOne validate-one Fixtures/messages/innlagt.xml
import PLOKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let paths = CommandLine.arguments.dropFirst()
guard !paths.isEmpty else {
    print("usage: validate-one FILE…")
    exit(2)
}
let validator: MessageValidator
do {
    // The bundled schemas: PLOKIT_SCHEMAS, or the package's Schemas/ above the executable.
    validator = try MessageValidator()
} catch {
    print("validate-one: \(error)")
    exit(2)
}
var failed = false
for path in paths {
    let result = validator.validate(file: path)
    for finding in result.findings { print("\(path):\(finding)") }
    print("\(path): \(result.valid ? "valid" : "invalid") (\(result.message?.type ?? "unknown type"))")
    if !result.valid { failed = true }
}
exit(failed ? 1 : 0)
