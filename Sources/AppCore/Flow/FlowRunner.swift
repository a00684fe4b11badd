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
        forEachInput(items, engine: engine, jobs: jobs) { index, input in
            slots.withLock { $0[index] = input }
        }
        return slots.withLock { list in
            list.enumerated().map { index, slot in
                slot ?? failed(items[index].name, "internal: no result")
            }
        }
    }

    /// Validates `items` with `jobs` workers, keeping only what the report needs: one array of
    /// flow facts (no per-input wrapper, no second copy), and the findings, shared when equal.
    public static func readSplit(_ items: [InputItem], engine: ValidationEngine, jobs: Int) -> FlowInputSplit {
        struct Slots: Sendable {
            var findings: [[Finding]]
            var readable: [Bool]
            var messages: [FlowMessage]
            /// Which inputs were read (all, unless that ever changes: then "internal: no result").
            var done: [Bool]
        }
        let count = items.count
        let slots = Mutex(
            Slots(
                findings: Array(repeating: [], count: count), readable: Array(repeating: false, count: count),
                messages: Array(repeating: FlowMessage.released, count: count), done: Array(repeating: false, count: count)))
        forEachInput(items, engine: engine, jobs: jobs) { index, input in
            slots.withLock { slots in
                slots.findings[index] = input.findings
                if let message = input.message {
                    slots.readable[index] = true
                    slots.messages[index] = message
                }
                slots.done[index] = true
            }
        }
        var taken = slots.withLock { slots in
            let taken = slots
            slots = Slots(findings: [], readable: [], messages: [], done: [])
            return taken
        }
        for index in taken.done.indices where !taken.done[index] {
            taken.findings[index] = failed(items[index].name, "internal: no result").findings
        }
        let messages = taken.messages
        taken.messages = []
        return FlowInputSplit(
            files: items.map(\.name), findings: taken.findings, readable: taken.readable, messages: consume messages)
    }

    /// Reads and validates each input on `jobs` workers (each with its own schema validator and
    /// findings interner) and hands `body` its index and result, equal findings and names shared.
    private static func forEachInput(
        _ items: [InputItem], engine: ValidationEngine, jobs: Int, _ body: @Sendable (Int, FlowInput) -> Void
    ) {
        let count = items.count
        guard count > 0 else { return }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            let validator = engine.schemas.makeValidator()
            var interner = FindingsInterner()
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= count { break }
                var input = read(items[index], engine: engine, validator: validator)
                input.findings = interner.intern(input.findings)
                input.message = interner.intern(input.message)
                body(index, input)
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
            return failed(name, "\(error)")
        }
        switch input {
        case .tooLarge(let size):
            return failed(name, "input is \(size) bytes or more; the limit is \(maxBytes) bytes (see --max-size)")
        case .bytes(let bytes):
            let hash = FNV1a.hash(bytes)
            let outcome = engine.process(bytes: bytes, name: name, validator: validator) { message in
                FlowMessage(message, file: name, contentHash: hash)
            }
            return FlowInput(file: name, findings: outcome.result.findings, message: outcome.extracted)
        }
    }

    private static func failed(_ name: String, _ message: String) -> FlowInput {
        FlowInput(file: name, findings: [Finding(rule: CoreRule.limit, severity: .error, message: message)], message: nil)
    }
}
