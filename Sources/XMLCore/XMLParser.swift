internal import CLibXML2

/// The outcome of parsing one input: a document, or the findings that explain why there is none.
public enum ParseOutcome {
    /// The input is well-formed; `findings` holds libxml2's warnings, if any.
    case parsed(XMLDocument, findings: [Finding])
    /// The input was refused or is not well-formed.
    case rejected([Finding])

    /// The findings either way.
    public var findings: [Finding] {
        switch self {
        case .parsed(_, let findings), .rejected(let findings): findings
        }
    }

    /// The document, when there is one.
    public var document: XMLDocument? {
        if case .parsed(let document, _) = self { return document }
        return nil
    }
}

/// The secure XML parser. Network off, no entity substitution, no DTD loading; a document type
/// declaration is refused outright; input size and nesting depth are capped.
public enum XMLParser {
    /// Parses `bytes` (the whole input) read under `name`.
    ///
    /// - Parameters:
    ///   - bytes: the raw input; its declared encoding is honoured (UTF-8, ISO-8859-1, UTF-16 …).
    ///   - name: the file name used in findings and as the document URL.
    ///   - limits: the safety limits.
    ///   - allowDoctype: accept an internal DTD subset (only for trusted schema files we read ourselves;
    ///     entities are still never substituted and nothing external is loaded).
    /// - Returns: the document or the findings that explain why there is none.
    public static func parse(_ bytes: [UInt8], name: String, limits: ParseLimits = .default, allowDoctype: Bool = false) -> ParseOutcome {
        guard let parser = XMLParserContext(allowDoctype: allowDoctype) else {
            return .rejected([Finding(rule: CoreRule.limit, severity: .error, message: "libxml2 could not allocate a parser")])
        }
        return parser.parse(bytes, name: name, limits: limits)
    }

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Parses with an existing libxml2 context (reset by `xmlCtxtReadMemory`) and its guard.
    static func parse(
        _ bytes: [UInt8], name: String, limits: ParseLimits, context: xmlParserCtxtPtr, guardState: UnsafeMutablePointer<clibxml2_guard>
    ) -> ParseOutcome {
        LibXML.ensureInitialized()
        let maxBytes = min(limits.maxBytes, ParseLimits.largestAcceptedBytes)
        guard bytes.count <= maxBytes, let length = Int32(exactly: bytes.count) else {
            return .rejected([
                Finding(rule: CoreRule.limit, severity: .error, message: "input is \(bytes.count) bytes; the limit is \(maxBytes) bytes")
            ])
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .rejected([
                Finding(rule: CoreRule.wellFormed, severity: .error, message: "the input is empty: no XML document", line: 1, column: 1)
            ])
        }
        if let refusal = InputPrescan.refusal(of: bytes, maxAttributes: limits.maxAttributes) {
            return .rejected([refusal])
        }
        let budget = limits.maxParseSeconds.isFinite && limits.maxParseSeconds > 0 ? min(limits.maxParseSeconds, 86_400) : 0
        clibxml2_guard_arm(guardState, Int64(budget * 1e9))

        let collector = ErrorCollector(stage: .parse)
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), structuredErrorCallback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let parsed: xmlDocPtr? = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlCtxtReadMemory(context, $0, length, name, nil, options)
                    }
                }
            }
        }

        if guardState.pointee.dtdRefused != 0 {
            if let parsed { xmlFreeDoc(parsed) }
            let line = Int(xmlSAX2GetLineNumber(context))
            return .rejected([
                Finding(
                    rule: CoreRule.limit, severity: .error,
                    message:
                        "document type declarations (DOCTYPE) are refused: PLO messages have none, and a DTD can expand entities or load external files",
                    line: line > 0 ? line : nil)
            ])
        }
        if guardState.pointee.timedOut != 0 {
            if let parsed { xmlFreeDoc(parsed) }
            let line = Int(xmlSAX2GetLineNumber(context))
            return .rejected([
                Finding(
                    rule: CoreRule.limit, severity: .error,
                    message: "parsing was stopped after \(Self.seconds(budget)) s (the time budget per message); the input is built to be slow",
                    line: line > 0 ? line : nil)
            ])
        }
        guard let parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            var findings = collector.allFindings
            if findings.isEmpty {
                findings = [Finding(rule: CoreRule.wellFormed, severity: .error, message: "the input is not well-formed XML")]
            }
            return .rejected(findings)
        }
        let document = XMLDocument(pointer: parsed, name: name)
        if limits.maxDepth < 256, let depth = deepestLevel(of: document), depth > limits.maxDepth {
            return .rejected([
                Finding(rule: CoreRule.limit, severity: .error, message: "elements nest \(depth) levels deep; the limit is \(limits.maxDepth)")
            ])
        }
        return .parsed(document, findings: collector.allFindings)
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func deepestLevel(of document: XMLDocument) -> Int? {
        guard let root = document.root else { return nil }
        var deepest = 0
        var stack: [(XMLNode, Int)] = [(root, 1)]
        while let (node, level) = stack.popLast() {
            deepest = max(deepest, level)
            for child in node.children { stack.append((child, level + 1)) }
        }
        return deepest
    }
}
