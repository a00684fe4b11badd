import Dispatch
import PLOModel
import PLORules
import Synchronization
import XMLCore

/// Settings of a validation run.
public struct ValidationSettings: Sendable {
    /// Run the PLO profile rules after XSD validation.
    public var profileEnabled = true
    public var profile: RuleProfile = .hnt
    /// Rule IDs not to run.
    public var disabled: Set<String> = []
    public var limits: ParseLimits = .default

    public init() {}
}

/// An input as read, for an extraction hook: its name and its bytes.
public struct MessageSource: Sendable {
    public let name: String
    public let bytes: [UInt8]
}

/// Validates messages: read with limits, parse securely, XSD against one compiled schema set,
/// then the profile rules. The schema is compiled once; workers each own a validation context.
public struct ValidationEngine: Sendable {
    public let schemas: SchemaSet
    public let settings: ValidationSettings
    private let checker: ProfileChecker?

    public init(schemas: SchemaSet, settings: ValidationSettings) {
        self.schemas = schemas
        self.settings = settings
        checker = settings.profileEnabled ? ProfileChecker(profile: settings.profile, disabled: settings.disabled) : nil
    }

    /// Validates `items` with `jobs` workers; results come back in input order.
    public func validate(_ items: [InputItem], jobs: Int) -> [FileResult] {
        run(items, jobs: jobs) { _, _ in () }.map(\.result)
    }

    /// Validates `items` with `jobs` workers and hands each result to `sink` in input order as
    /// soon as it and all before it are ready; the engine keeps none of them.
    public func validate(_ items: [InputItem], jobs: Int, into sink: some ValidationSink) {
        forEach(items, jobs: jobs, extract: { _, _ in nil as Never? }) { index, result, _ in
            sink.receive(result, at: index)
        } endOfBatch: {
            sink.endOfBatch()
        } stop: {
            sink.isClosed
        }
    }

    /// Validates `items` and, for each readable message, lets `extract` take what it needs from
    /// the typed message while its document is alive (on the worker thread); results in input order.
    public func run<T: Sendable>(
        _ items: [InputItem], jobs: Int, extract: @escaping @Sendable (PLOMessage, MessageSource) -> T?
    ) -> [(result: FileResult, extracted: T?)] {
        var reserved: [(result: FileResult, extracted: T?)] = []
        reserved.reserveCapacity(items.count)
        let collected = Mutex(reserved)
        forEach(items, jobs: jobs, extract: extract) { _, result, extracted in
            collected.withLock { $0.append((result, extracted)) }
        }
        return collected.withLock { $0 }
    }

    /// The one worker pool of `plo validate` and `plo flow` (which takes each message's flow facts
    /// through `extract`): `jobs` workers take inputs in turn, each with its own validation and
    /// parser contexts; a `ReorderWindow` under one lock hands results on in input order, and
    /// whoever completes the next-expected result delivers it and every consecutive ready one
    /// after it (calling `each` for each, one call at a time), then calls `endOfBatch`. The pool
    /// keeps no result once delivered. Once `stop` returns true no further input is started.
    public func forEach<T: Sendable>(
        _ items: [InputItem], jobs: Int, extract: @Sendable (PLOMessage, MessageSource) -> T?,
        each: @Sendable (Int, FileResult, T?) -> Void, endOfBatch: @Sendable () -> Void = {}, stop: @Sendable () -> Bool = { false }
    ) {
        let count = items.count
        guard count > 0 else { return }
        let workers = max(1, min(jobs, count))
        let window = Mutex(ReorderWindow<(result: FileResult, extracted: T?)>())
        let next = Atomic<Int>(0)
        let engine = self
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let validator = engine.schemas.makeValidator()
            let parser = XMLParserContext()
            while !stop() {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= count { break }
                let outcome = engine.process(items[index], validator: validator, parser: parser, extract: extract)
                window.withLock { window in
                    let delivered = window.put(outcome, at: index) { index, outcome in each(index, outcome.result, outcome.extracted) }
                    if delivered > 0 { endOfBatch() }
                }
            }
        }
        // Every index was taken by exactly one worker, so all were delivered (unless the sink
        // closed); this only guards against that ever changing.
        if stop() { return }
        window.withLock { window in
            var delivered = 0
            while window.next < count {
                let missing = (result: Self.failure(items[window.next].name, "internal: no result"), extracted: T?.none)
                delivered += window.put(missing, at: window.next) { index, outcome in each(index, outcome.result, outcome.extracted) }
            }
            if delivered > 0 { endOfBatch() }
        }
    }

    /// Reads and validates one input; `extract` sees the typed message and the bytes it came from.
    public func process<T>(
        _ item: InputItem, validator: SchemaValidator?, parser: XMLParserContext? = nil, extract: (PLOMessage, MessageSource) -> T?
    ) -> (result: FileResult, extracted: T?) {
        let name = item.name
        let input: InputBytes
        do {
            switch item {
            case .file(let path): input = try InputReader.read(path: path, maxBytes: settings.limits.maxBytes)
            case .standardInput: input = try InputReader.readStandardInput(maxBytes: settings.limits.maxBytes)
            }
        } catch {
            return (Self.failure(name, "\(error)"), nil)
        }
        switch input {
        case .bytes(let bytes):
            let source = MessageSource(name: name, bytes: bytes)
            return process(bytes: bytes, name: name, validator: validator, parser: parser) { extract($0, source) }
        case .tooLarge(let size):
            return (Self.failure(name, "input is \(size) bytes or more; the limit is \(settings.limits.maxBytes) bytes (see --max-size)"), nil)
        }
    }

    /// The result of an input that could not be read: one `XML-LIMIT` error.
    static func failure(_ name: String, _ message: String) -> FileResult {
        FileResult(file: name, message: nil, findings: [Finding(rule: CoreRule.limit, severity: .error, message: message)])
    }

    /// Validates one message held in memory.
    public func process<T>(
        bytes: [UInt8], name: String, validator: SchemaValidator?, parser: XMLParserContext? = nil, extract: (PLOMessage) -> T?
    ) -> (result: FileResult, extracted: T?) {
        let outcome = parser?.parse(bytes, name: name, limits: settings.limits) ?? XMLParser.parse(bytes, name: name, limits: settings.limits)
        guard let document = outcome.document else {
            return (FileResult(file: name, message: nil, findings: outcome.findings), nil)
        }
        var findings = outcome.findings
        if let validator {
            findings += validator.validate(document)
        } else {
            findings.append(Finding(rule: CoreRule.xsd, severity: .error, message: "no schema validation context could be created"))
        }
        let message = PLOMessage(document: document)
        if let checker { findings += checker.check(message) }
        return (FileResult(file: name, message: MessageSummary(message), findings: findings), extract(message))
    }
}
