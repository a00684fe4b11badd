import AppCore
import FuzzDriver
import XMLCore

/// Runs libFuzzer with `body` as the test of one input; returns its exit code.
///
/// SwiftPM gives every executable a Swift `main`, so libFuzzer's own `main` cannot be used: the
/// fuzz targets call `LLVMFuzzerRunDriver` from theirs, passing the command line through.
public func runFuzzer(_ body: @escaping @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, body)
}

/// The bytes libFuzzer hands over, copied into an array.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// What every target shares: the bundled schema set, compiled once per process.
public enum FuzzContext {
    /// The repository root (this file is Fuzz/Sources/FuzzSupport/Fuzzing.swift).
    public static let root: String = {
        var path = #filePath
        for _ in 0..<4 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
        }
        return path
    }()

    /// The validation engine over `Schemas/`, national + HNT profile.
    public static let engine: ValidationEngine = {
        do {
            let schemas = try SchemaLocator.compile(directory: root + "/Schemas", catalog: nil)
            return ValidationEngine(schemas: schemas, settings: ValidationSettings())
        } catch {
            fatalError("fuzz set-up: \(error)")
        }
    }()

    /// One validator and parser for the (single) fuzzing thread.
    nonisolated(unsafe) public static var validator: SchemaValidator? = engine.schemas.makeValidator()
    nonisolated(unsafe) public static var parser: XMLParserContext? = XMLParserContext()
}

/// FNV-1a 64 of `bytes` (the flow checker's resend/clash tell).
public func contentHash(_ bytes: [UInt8]) -> UInt64 { FNV1a.hash(bytes) }
