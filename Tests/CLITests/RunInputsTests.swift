import AppCore
import Foundation
import TestSupport
import Testing
import XMLCore

/// ``RunInputs/prepare(_:schemas:catalog:allowEmpty:)``: the folder walk and the schema compile
/// at the same time, with the same result and the same failures, in the same order, as one
/// after the other.
@Suite struct RunInputsTests {
    private static let messages = TestPaths.root.appendingPathComponent("Fixtures/messages").path
    private static let flows = TestPaths.root.appendingPathComponent("Fixtures/flows").path

    private static func failure(_ body: () throws(UsageFailure) -> RunInputs) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.reason
        }
    }

    @Test(arguments: [[messages], [flows, messages], [messages + "/innlagt.xml"]])
    func findsWhatTheWalkFindsAndCompilesTheSet(_ paths: [String]) throws {
        let inputs = try RunInputs.prepare(paths, schemas: nil, catalog: nil, allowEmpty: false)
        #expect(inputs.items == (try InputCollector.collect(paths)))
        #expect(inputs.schemas.driver.source.contains("MsgHead-v1.2.xsd"))
    }

    @Test func anUnreadableInputComesBeforeAnUnusableSchemaSet() throws {
        let missing = TestPaths.root.appendingPathComponent("no-such-folder").path
        for paths in [[Self.messages, missing], [missing]] {
            let reason = Self.failure { () throws(UsageFailure) in
                try RunInputs.prepare(paths, schemas: "/nonexistent-schemas", catalog: nil, allowEmpty: false)
            }
            #expect(reason?.hasPrefix("cannot read input: ") == true, "\(reason ?? "no failure")")
        }
        let schemas = Self.failure { () throws(UsageFailure) in
            try RunInputs.prepare([Self.messages], schemas: "/nonexistent-schemas", catalog: nil, allowEmpty: false)
        }
        #expect(schemas == "--schemas /nonexistent-schemas: not a folder")
    }

    @Test func noInputComesBeforeTheSchemaSetUnlessAllowed() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("plo-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let refused = Self.failure { () throws(UsageFailure) in
            try RunInputs.prepare([empty.path], schemas: "/nonexistent-schemas", catalog: nil, allowEmpty: false)
        }
        #expect(refused?.hasPrefix("no input message found in ") == true, "\(refused ?? "no failure")")
        let allowed = Self.failure { () throws(UsageFailure) in
            try RunInputs.prepare([empty.path], schemas: "/nonexistent-schemas", catalog: nil, allowEmpty: true)
        }
        #expect(allowed == "--schemas /nonexistent-schemas: not a folder")
        #expect(try RunInputs.prepare([empty.path], schemas: nil, catalog: nil, allowEmpty: true).items.isEmpty)
    }
}
