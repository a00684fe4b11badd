import Dispatch
import PLOCalendar
import PLOModel
import PLORules
import Synchronization
import XMLCore

/// Reads and validates the inputs of `plo flow` in parallel, like ``ValidationEngine/run(_:jobs:extract:)``,
/// and takes each message's flow facts, hashing its bytes (FNV-1a 64) to tell resends from clashes.
public enum FlowRunner {
    /// Validates `items` with `jobs` workers; results come back in input order.
    public static func read(_ items: [InputItem], engine: ValidationEngine, jobs: Int) -> [FlowInput] {
        let count = items.count
        guard count > 0 else { return [] }
        let slots = Mutex<[FlowInput?]>(Array(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            let validator = engine.schemas.makeValidator()
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= count { break }
                let input = read(items[index], engine: engine, validator: validator)
                slots.withLock { $0[index] = input }
            }
        }
        return slots.withLock { list in
            list.enumerated().map { index, slot in
                slot ?? FlowInput(result: failed(items[index].name, "internal: no result"), message: nil)
            }
        }
    }

    static func read(_ item: InputItem, engine: ValidationEngine, validator: SchemaValidator?) -> FlowInput {
        let name = item.name
        let maxBytes = engine.settings.limits.maxBytes
        let input: InputBytes
        do {
            switch item {
            case .file(let path): input = try InputReader.read(path: path, maxBytes: maxBytes)
            case .standardInput: input = try InputReader.readStandardInput(maxBytes: maxBytes)
            }
        } catch {
            return FlowInput(result: failed(name, "\(error)"), message: nil)
        }
        switch input {
        case .tooLarge(let size):
            return FlowInput(
                result: failed(name, "input is \(size) bytes or more; the limit is \(maxBytes) bytes (see --max-size)"), message: nil)
        case .bytes(let bytes):
            let hash = FNV1a.hash(bytes)
            let outcome = engine.process(bytes: bytes, name: name, validator: validator) { message in
                FlowMessage(message, file: name, contentHash: hash)
            }
            return FlowInput(result: outcome.result, message: outcome.extracted)
        }
    }

    private static func failed(_ name: String, _ message: String) -> FileResult {
        FileResult(file: name, message: nil, findings: [Finding(rule: CoreRule.limit, severity: .error, message: message)])
    }
}
