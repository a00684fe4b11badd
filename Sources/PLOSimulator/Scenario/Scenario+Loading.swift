// Decoding scenario files needs Foundation and Yams; kept apart from the simulation core.
import Foundation
import Yams

extension Scenario {
    /// Decodes a scenario from YAML (or JSON, which is read by `JSONDecoder` when `isJSON`).
    /// - Throws: ``SimulationError/invalidScenario(_:)`` with a one-line reason.
    public static func decode(_ text: String, isJSON: Bool = false) throws -> Scenario {
        do {
            if isJSON {
                return try JSONDecoder().decode(Scenario.self, from: Data(text.utf8))
            }
            return try YAMLDecoder().decode(Scenario.self, from: text)
        } catch let error as DecodingError {
            throw SimulationError.invalidScenario(Self.describe(error))
        } catch let error as SimulationError {
            throw error
        } catch {
            throw SimulationError.invalidScenario("\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable")
        }
    }

    /// Reads and decodes a scenario file (`.json` as JSON, anything else as YAML).
    /// - Throws: ``SimulationError/invalidScenario(_:)`` when unreadable or invalid.
    public static func load(path: String) throws -> Scenario {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw SimulationError.invalidScenario("cannot read \(path)") }
        return try decode(text, isJSON: path.lowercased().hasSuffix(".json"))
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "" : "\(p): "
        }
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            return path(c) + c.debugDescription
        case .keyNotFound(let key, let c):
            return path(c) + "missing field '\(key.stringValue)'"
        @unknown default:
            return "\(error)"
        }
    }
}
