import PLOModel
import Synchronization
import XMLCore

/// Reads and validates the inputs of `plo flow` through ``ValidationEngine``'s worker pool, taking
/// each message's flow facts through its extraction hook (with the FNV-1a 64 hash of its bytes,
/// to tell resends from clashes). Equal findings lists and organisation names are shared.
public enum FlowRunner {
    /// Validates `items` with `jobs` workers; results come back in input order.
    public static func read(_ items: [InputItem], engine: ValidationEngine, jobs: Int) -> [FlowInput] {
        var inputs: [FlowInput] = []
        inputs.reserveCapacity(items.count)
        let collected = Mutex(inputs)
        forEachInput(items, engine: engine, jobs: jobs) { _, input in collected.withLock { $0.append(input) } }
        return collected.withLock { $0 }
    }

    /// Validates `items` with `jobs` workers, keeping only what the report needs: one array of
    /// flow facts (no per-input wrapper, no second copy), and the findings, shared when equal.
    public static func readSplit(_ items: [InputItem], engine: ValidationEngine, jobs: Int) -> FlowInputSplit {
        struct Slots: Sendable {
            var findings: [[Finding]] = []
            var readable: [Bool] = []
            var messages: [FlowMessage] = []
        }
        var reserved = Slots()
        reserved.findings.reserveCapacity(items.count)
        reserved.readable.reserveCapacity(items.count)
        reserved.messages.reserveCapacity(items.count)
        let slots = Mutex(reserved)
        // The pool delivers every input exactly once, in input order: appending keeps the index.
        forEachInput(items, engine: engine, jobs: jobs) { _, input in
            slots.withLock { slots in
                slots.findings.append(input.findings)
                slots.readable.append(input.message != nil)
                slots.messages.append(input.message ?? FlowMessage.released)
            }
        }
        var taken = slots.withLock { slots in
            let taken = slots
            slots = Slots()
            return taken
        }
        let messages = taken.messages
        taken.messages = []
        return FlowInputSplit(files: items.map(\.name), findings: taken.findings, readable: taken.readable, messages: consume messages)
    }

    /// Hands `body` each input's result in input order (one call at a time), its findings and
    /// organisation names interned.
    private static func forEachInput(
        _ items: [InputItem], engine: ValidationEngine, jobs: Int, _ body: @escaping @Sendable (Int, FlowInput) -> Void
    ) {
        let interner = Mutex(FindingsInterner())
        engine.forEach(items, jobs: jobs) { message, source in
            FlowMessage(message, file: source.name, contentHash: FNV1a.hash(source.bytes))
        } each: { index, result, message in
            let input = interner.withLock { interner in
                FlowInput(file: result.file, findings: interner.intern(result.findings), message: interner.intern(message))
            }
            body(index, input)
        }
    }
}
