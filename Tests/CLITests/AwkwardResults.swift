import AppCore
import XMLCore

/// Validation results with everything a report writer can trip on: names and messages with
/// markup, JSON and control characters, Norwegian letters, an emoji and U+FFFE; findings of
/// every severity with and without line, column and XPath; results with and without a message.
enum AwkwardResults {
    static func make(count: Int) -> [FileResult] {
        let summary = MessageSummary(type: "LOG_INNLAGT", msgId: "id \"1\"", genDate: nil, standard: "PLO 1.6", contentNamespace: "urn:ø&<>")
        return (0..<count).map { index in
            let findings = (0..<(index % 4)).map { number in
                Finding(
                    rule: ["XSD", "XML-WELLFORMED", "PLO-PATIENT-ID", "NOT-A-RULE"][number],
                    severity: [Severity.error, .warning, .info][(index + number) % 3],
                    message: "message \(index).\(number): \"quoted\" back\\slash <tag> & 'apos' tab\t nl\n ctl\u{1} del\u{7F} ø 😀 \u{FFFE}",
                    line: number == 1 ? nil : index + 1, column: number == 0 ? 7 : nil,
                    xpath: number == 2 ? nil : "/MsgHead/Document[\(number + 1)]")
            }
            return FileResult(file: "dir/ø \"\(index)\" & <x>.xml", message: index % 5 == 0 ? nil : summary, findings: findings)
        }
    }
}
