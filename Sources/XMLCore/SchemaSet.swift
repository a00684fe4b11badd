internal import CLibXML2

/// A compiled schema set: one `xmlSchema` built from a driver, shared read-only by all threads.
/// Each thread validates through its own ``SchemaValidator``.
public final class SchemaSet: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The catalog the set was planned from.
    public let catalog: SchemaCatalog
    /// The driver that was compiled.
    public let driver: SchemaDriver

    private init(pointer: xmlSchemaPtr, catalog: SchemaCatalog, driver: SchemaDriver) {
        self.pointer = pointer
        self.catalog = catalog
        self.driver = driver
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Compiles the schema set in `directory`.
    ///
    /// - Parameters:
    ///   - directory: the schema folder; only `.xsd` files below it are ever opened.
    ///   - catalogPath: the catalog to use; by default the best `*Catalog.xml` in `directory`.
    ///   - required: namespaces that must be in the set.
    ///   - optional: namespaces taken when the catalog has them.
    /// - Throws: ``SchemaSetError`` when the set is unusable.
    public static func compile(directory: String, catalogPath: String? = nil, required: [String], optional: [String] = []) throws(SchemaSetError)
        -> SchemaSet
    {
        LibXML.ensureInitialized()
        let catalog: SchemaCatalog
        if let catalogPath {
            catalog = try SchemaCatalog.load(path: catalogPath)
        } else {
            catalog = try SchemaCatalog.discover(in: directory, for: required)
        }
        let driver = try SchemaDriver.plan(catalog: catalog, required: required, optional: optional)
        var roots = [directory, catalog.directory]
        roots.append(contentsOf: driver.imports.map { FilePaths.directory(of: $0.path) })
        let source = Array(driver.source.utf8)
        let collector = ErrorCollector(stage: .parse)
        let compiled: xmlSchemaPtr? = withAllowedRoots(roots) {
            source.withUnsafeBufferPointer { buffer -> xmlSchemaPtr? in
                guard let base = buffer.baseAddress else { return nil }
                let context = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))
                }
                guard let context else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                let opaque = Unmanaged.passUnretained(collector).toOpaque()
                xmlSchemaSetParserStructuredErrors(context, structuredErrorCallback, opaque)
                xmlSetStructuredErrorFunc(opaque, structuredErrorCallback)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                return withExtendedLifetime(collector) { xmlSchemaParse(context) }
            }
        }
        guard let compiled else {
            let reasons = collector.findings.filter { $0.severity == .error }.map(\.message)
            throw .compileFailed(reasons: reasons.isEmpty ? ["libxml2 gave no reason"] : reasons)
        }
        return SchemaSet(pointer: compiled, catalog: catalog, driver: driver)
    }

    private static func withAllowedRoots<T>(_ roots: [String], _ body: () -> T) -> T {
        guard let first = roots.first else { return body() }
        return EntityPolicy.withSchemaRoot(first) { withAllowedRoots(Array(roots.dropFirst()), body) }
    }

    /// A validator for the calling thread.
    public func makeValidator() -> SchemaValidator? {
        SchemaValidator(schema: self)
    }
}

/// Validates documents against a ``SchemaSet``. Owns one `xmlSchemaValidCtxt`; use it from one
/// thread at a time (make one per worker).
public final class SchemaValidator {
    private let context: xmlSchemaValidCtxtPtr
    /// Keeps the compiled schema alive as long as the context needs it.
    public let schema: SchemaSet

    init?(schema: SchemaSet) {
        LibXML.ensureInitialized()
        guard let context = xmlSchemaNewValidCtxt(schema.pointer) else { return nil }
        self.context = context
        self.schema = schema
    }

    deinit {
        xmlSchemaFreeValidCtxt(context)
    }

    /// Validates `document`; returns the `XSD` findings (empty when valid).
    public func validate(_ document: XMLDocument) -> [Finding] {
        LibXML.ensureInitialized()
        let collector = ErrorCollector(stage: .validate)
        let opaque = Unmanaged.passUnretained(collector).toOpaque()
        xmlSchemaSetValidStructuredErrors(context, structuredErrorCallback, opaque)
        let result = withExtendedLifetime(collector) { xmlSchemaValidateDoc(context, document.pointer) }
        xmlSchemaSetValidStructuredErrors(context, nil, nil)
        var findings = collector.allFindings
        if result != 0 && !collector.hasErrors {
            findings.append(
                Finding(rule: CoreRule.xsd, severity: .error, message: "the document is not valid against the schema set (libxml2 code \(result))"))
        }
        return findings
    }
}
