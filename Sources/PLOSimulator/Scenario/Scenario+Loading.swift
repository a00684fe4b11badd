// Decoding scenario files needs Foundation and Yams; kept apart from the simulation core.
import Foundation
import XMLCore
import Yams

extension Scenario {
    /// Largest scenario file read (scenarios are a few kilobytes).
    public static let largestFileBytes = 1 << 20
    /// Most YAML nodes visited while decoding, aliases followed (a nest of aliases can otherwise
    /// stand for exponentially many nodes).
    static let mostNodes = 100_000

    /// Decodes a scenario from YAML (or JSON, which is read by `JSONDecoder` when `isJSON`) and
    /// checks every value against its range.
    /// - Parameters:
    ///   - text: the scenario file's text.
    ///   - isJSON: read `text` as JSON instead of YAML.
    ///   - name: the file name that prefixes every reason (`calm.yaml:12: stays: …`).
    /// - Throws: ``SimulationError/invalidScenario(_:)`` with a one-line reason naming the file,
    ///   the line where the YAML gives one, and the key.
    public static func decode(_ text: String, isJSON: Bool = false, name: String? = nil) throws -> Scenario {
        let file = name.map { "\($0): " } ?? ""
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw SimulationError.invalidScenario(
                "\(file)the file is empty: give at least one field, e.g. 'stays: 10' (see Fixtures/scenarios/README.md)")
        }
        var root: Node?
        if !isJSON {
            do {
                root = try Yams.compose(yaml: text)
            } catch {
                throw SimulationError.invalidScenario(file + firstLine(of: error))
            }
            guard let root, root.mapping != nil else {
                throw SimulationError.invalidScenario("\(file)a scenario is a mapping of fields (name: …, stays: …), not a single value or a list")
            }
            var budget = mostNodes
            guard fits(root, budget: &budget) else {
                throw SimulationError.invalidScenario("\(file)the YAML stands for more than \(mostNodes) values (aliases nested too deep)")
            }
        }
        let scenario: Scenario
        do {
            if isJSON {
                scenario = try JSONDecoder().decode(Scenario.self, from: Data(text.utf8))
            } else {
                scenario = try YAMLDecoder().decode(Scenario.self, from: text)
            }
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            throw SimulationError.invalidScenario(file + place(of: path, in: root) + (path.isEmpty ? "" : "\(path): ") + reason)
        } catch let error as SimulationError {
            throw error
        } catch {
            throw SimulationError.invalidScenario(file + firstLine(of: error))
        }
        if let issue = scenario.issues().first {
            throw SimulationError.invalidScenario(file + place(of: issue.key, in: root) + issue.description)
        }
        return scenario
    }

    /// Reads and decodes a scenario file (`.json` as JSON, anything else as YAML).
    /// - Throws: ``SimulationError/invalidScenario(_:)`` when unreadable or invalid.
    public static func load(path: String) throws -> Scenario {
        guard FilePaths.exists(path) else { throw SimulationError.invalidScenario("cannot read \(path)") }
        guard FilePaths.isRegularFile(path) else { throw SimulationError.invalidScenario("\(path) is not a regular file") }
        let input: InputBytes
        do {
            input = try InputReader.read(path: path, maxBytes: largestFileBytes)
        } catch {
            throw SimulationError.invalidScenario("cannot read \(path)")
        }
        let data: [UInt8]
        switch input {
        case .bytes(let bytes): data = bytes
        case .tooLarge(let size):
            throw SimulationError.invalidScenario("\(path) is \(size) bytes; a scenario file may have at most \(largestFileBytes)")
        }
        guard let text = String(validating: data, as: UTF8.self) else { throw SimulationError.invalidScenario("\(path) is not UTF-8 text") }
        return try decode(text, isJSON: path.lowercased().hasSuffix(".json"), name: path)
    }

    private static func firstLine(of error: any Error) -> String {
        "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
    }

    /// Counts nodes (aliases followed) until the budget is spent.
    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias: return true
        case .mapping(let mapping):
            for (key, value) in mapping where !fits(key, budget: &budget) || !fits(value, budget: &budget) { return false }
            return true
        case .sequence(let sequence):
            for item in sequence where !fits(item, budget: &budget) { return false }
            return true
        }
    }

    /// `line N: ` for the node at the dotted `path` (`timing.lengthOfStay.sigma`, `hospitals.0.her`),
    /// or for the deepest node on it that exists; empty without YAML.
    private static func place(of path: String, in root: Node?) -> String {
        guard var node = root else { return "" }
        var line = node.mark?.line
        for component in path.split(separator: ".") {
            let key = String(component)
            if let mapping = node.mapping {
                guard let pair = mapping.first(where: { $0.key.string == key }) else { break }
                line = pair.key.mark?.line ?? line
                node = pair.value
            } else if let sequence = node.sequence, let index = Int(key), sequence.indices.contains(index) {
                node = sequence[index]
                line = node.mark?.line ?? line
            } else {
                break
            }
        }
        return line.map { "line \($0): " } ?? ""
    }

    private static func describe(_ error: DecodingError) -> (path: String, reason: String) {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { String($0) } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let c):
            return (path(c), "expected \(typeName(type))")
        case .valueNotFound(_, let c), .dataCorrupted(let c):
            return (path(c), c.debugDescription)
        case .keyNotFound(let key, let c):
            return (path(c), "missing field '\(key.stringValue)'")
        @unknown default:
            return ("", "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        case is [String: Any].Type: "a mapping of fields"
        case is [Any].Type: "a list"
        default:
            // Yams names its node types (Node.Mapping, Node.Sequence, Node.Scalar).
            switch String(describing: type) {
            case let name where name.hasSuffix("Mapping"): "a mapping of fields"
            case let name where name.hasSuffix("Sequence"): "a list"
            default: "a single value"
            }
        }
    }
}
