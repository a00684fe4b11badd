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
        run(items, jobs: jobs) { _ in () }.map(\.result)
    }

    /// Validates `items` and, for each readable message, lets `extract` take what it needs from
    /// the typed message while its document is alive (on the worker thread).
    public func run<T: Sendable>(_ items: [InputItem], jobs: Int, extract: @escaping @Sendable (PLOMessage) -> T?) -> [(result: FileResult, extracted: T?)] {
        let count = items.count
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        let slots = Mutex<[(result: FileResult, extracted: T?)?]>(Array(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        let engine = self
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let validator = engine.schemas.makeValidator()
            let parser = XMLParserContext()
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= count { break }
                let outcome = engine.process(items[index], validator: validator, parser: parser, extract: extract)
                slots.withLock { $0[index] = outcome }
            }
        }
        return slots.withLock { list in
            list.enumerated().map { index, slot in
                slot ?? (FileResult(file: items[index].name, message: nil, findings: [Finding(rule: CoreRule.limit, severity: .error, message: "internal: no result")]), nil)
            }
        }
    }

    /// Validates one input.
    public func process<T>(
        _ item: InputItem, validator: SchemaValidator?, parser: XMLParserContext? = nil, extract: (PLOMessage) -> T?
    ) -> (result: FileResult, extracted: T?) {
        let name = item.name
        let input: InputBytes
        do {
            switch item {
            case .file(let path): input = try InputReader.read(path: path, maxBytes: settings.limits.maxBytes)
            case .standardInput: input = try InputReader.readStandardInput(maxBytes: settings.limits.maxBytes)
            }
        } catch {
            return (FileResult(file: name, message: nil, findings: [Finding(rule: CoreRule.limit, severity: .error, message: "\(error)")]), nil)
        }
        let bytes: [UInt8]
        switch input {
        case .bytes(let data): bytes = data
        case .tooLarge(let size):
            let finding = Finding(
                rule: CoreRule.limit, severity: .error,
                message: "input is \(size) bytes or more; the limit is \(settings.limits.maxBytes) bytes (see --max-size)")
            return (FileResult(file: name, message: nil, findings: [finding]), nil)
        }
        return process(bytes: bytes, name: name, validator: validator, parser: parser, extract: extract)
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
