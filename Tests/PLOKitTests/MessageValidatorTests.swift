import Foundation
import PLOKit
import TestSupport
import Testing

/// The library's one obvious call: `import PLOKit`, then validate bytes or a file.
@Suite struct MessageValidatorTests {
    @Test func validatesAFileAndBytesLikeTheCommand() throws {
        let validator = try MessageValidator(schemas: TestPaths.schemas.path)
        let file = TestPaths.fixture("messages/innlagt.xml").path
        let result = validator.validate(file: file)
        #expect(result.valid)
        #expect(result.message?.type == "LOG_INNLAGT")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(validator.validate(bytes: bytes).findings == result.findings)
    }

    @Test func reportsErrorsWithRuleLineAndXPath() throws {
        let validator = try MessageValidator(schemas: TestPaths.schemas.path)
        let result = validator.validate(file: TestPaths.fixture("rules/XSD/fail-gendate.xml").path)
        #expect(!result.valid)
        let finding = try #require(result.findings.first { $0.severity == .error })
        #expect(finding.rule == "XSD")
        #expect(finding.line == 7)
        #expect(finding.xpath == "/MsgHead/MsgInfo/GenDate")
        let broken = validator.validate(bytes: Array("<MsgHead>".utf8), name: "broken.xml")
        #expect(broken.findings.map(\.rule) == ["XML-WELLFORMED"])
    }

    @Test func aMissingSchemaFolderIsAReason() {
        #expect(throws: UsageFailure.self) { try MessageValidator(schemas: "/nonexistent/schemas") }
    }

    @Test func reExportsTheLibraries() {
        // Types of every module are reachable through `import PLOKit` alone.
        let date = LocalDate(year: 2026, month: 4, day: 3)
        #expect(date.flatMap { HolidayCalendar.norway.holiday(on: $0)?.name } == "Langfredag")
        #expect(RuleRegistry.rule("XSD")?.severity == .error)
        #expect(MessageType(rawValue: "LOG_INNLAGT") != nil)
    }
}
