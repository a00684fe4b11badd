/// Validates PLO e-messages one at a time: well-formedness, XSD (MsgHead v1.2, PLO 1.6,
/// AppRec 1.1) and the PLO profile rules, exactly as `plo validate` does.
///
/// The schema set is compiled once, in ``init(schemas:settings:)``; a validator can then be
/// shared between threads (each call uses a validation context of its own).
///
/// ```swift
/// import PLOKit
///
/// let validator = try MessageValidator()
/// let result = validator.validate(file: "incoming/innlagt.xml")
/// for finding in result.findings where finding.severity == .error {
///     print(finding)          // 47: error: [PLO-PATIENT-ID] …
/// }
/// print(result.valid)
/// ```
public struct MessageValidator: Sendable {
    /// The engine behind `plo validate`, with its compiled schema set and settings.
    public let engine: ValidationEngine

    /// Compiles a schema set and readies the profile rules.
    ///
    /// - Parameters:
    ///   - schemas: a schema folder with an OASIS catalog (such as the official e-helse folder),
    ///     or `nil` for the bundled `Schemas/` (found as `plo` finds it: `PLOKIT_SCHEMAS`, or
    ///     beside the executable).
    ///   - settings: profile on or off, rule profile, disabled rules, input limits.
    /// - Throws: `UsageFailure` when the schema set is missing or unusable, with a one-line
    ///   reason.
    public init(schemas: String? = nil, settings: ValidationSettings = ValidationSettings()) throws(UsageFailure) {
        engine = ValidationEngine(schemas: try SchemaLocator.compile(directory: schemas, catalog: nil), settings: settings)
    }

    /// Validates one message held in memory.
    ///
    /// - Parameters:
    ///   - bytes: the message as bytes (any encoding its XML declaration names).
    ///   - name: how findings and reports name the input.
    /// - Returns: the findings, and what the message says it is when it could be read.
    public func validate(bytes: [UInt8], name: String = "-") -> FileResult {
        engine.process(bytes: bytes, name: name, validator: engine.schemas.makeValidator()) { _ in nil as Never? }.result
    }

    /// Validates the message in the file at `path`. A file that cannot be read, or that is
    /// larger than `ValidationSettings.limits`, gives an `XML-LIMIT` finding.
    ///
    /// - Parameter path: the file's path.
    /// - Returns: the findings, and what the message says it is when it could be read.
    public func validate(file path: String) -> FileResult {
        engine.process(.file(path), validator: engine.schemas.makeValidator()) { _, _ in nil as Never? }.result
    }
}
