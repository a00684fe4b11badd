import AppCore
import Foundation
import PLOExchange
import PLOModel
import PLOSimulator
import TestSupport
import XMLCore

/// Messages and set-ups for the `plo serve` tests: a one-patient stay written by the simulator
/// (the EPJ hospital's side), temporary folders, and an exchange on a fresh journal.
enum ServeFixtures {
    static let scenarioPath = TestPaths.fixture("scenarios/teaching-one-patient.yaml").path

    static var scenario: Scenario {
        get throws { try Scenario.load(path: scenarioPath) }
    }

    /// The hospital's messages of one simulated stay (no AppRecs, no municipal messages), in send order.
    static func hospitalMessages(seed: UInt64 = 3, stays: Int = 1) throws -> [(name: String, bytes: [UInt8])] {
        var scenario = try scenario
        scenario.stays = stays
        let simulator = try Simulator(scenario: scenario, seed: seed)
        var output = InMemoryOutput()
        _ = try simulator.run(into: &output)
        let hospitals = Set(scenario.hospitals.map(\.her))
        return output.files.filter { file in
            // The hospital's side only: the simulator's municipality also answers utskrivningsklar
            // with a Dialogmelding, which plo serve (the counterpart) writes itself.
            !file.path.contains("APPREC") && !file.path.contains("INNLEGGELSESRAPPORT") && !file.path.contains("DIALOG_HELSEFAGLIG")
                && hospitals.contains { _ in !file.path.contains("HELSEOPPL_SOKNAD") || isFromHospital(file.bytes, hospitals) }
        }.map { (name: String($0.path.split(separator: "/").last ?? ""), bytes: $0.bytes) }
    }

    static func isFromHospital(_ bytes: [UInt8], _ hospitals: Set<String>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let sender = text.range(of: "<Sender>"), let receiver = text.range(of: "<Receiver>") else { return false }
        let block = text[sender.upperBound..<receiver.lowerBound]
        return hospitals.contains { block.contains("<Id>\($0)</Id>") }
    }

    /// The LOG_INNLAGT of the stay.
    static func innlagt() throws -> [UInt8] {
        guard let first = try hospitalMessages().first(where: { $0.name.contains("LOG_INNLAGT") }) else {
            throw FixtureError.missing("LOG_INNLAGT")
        }
        return first.bytes
    }

    /// `bytes` with the first occurrence of `old` replaced.
    static func replacing(_ old: String, with new: String, in bytes: [UInt8]) throws -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: old) else { throw FixtureError.missing(old) }
        return Array(text.replacingCharacters(in: range, with: new).utf8)
    }

    static func temporaryFolder(_ name: String = "serve") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plo-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func engine(schemas: URL = TestPaths.schemas) throws -> ValidationEngine {
        ValidationEngine(schemas: try SchemaLocator.compile(directory: schemas.path, catalog: nil), settings: ValidationSettings())
    }

    /// An exchange (EPJ = hospital) on a fresh journal in `folder`.
    static func exchange(in folder: URL, seed: UInt64 = 7, faults: [ExchangeFault] = []) throws -> Exchange {
        let journal = try Journal(path: folder.appendingPathComponent("journal.sqlite").path)
        let exchange = try Exchange(
            journal: journal, settings: ExchangeSettings(role: .hospital, scenario: try scenario, seed: seed), validation: try engine())
        for fault in faults { try exchange.addFault(fault) }
        return exchange
    }

    enum FixtureError: Error {
        case missing(String)
    }
}
