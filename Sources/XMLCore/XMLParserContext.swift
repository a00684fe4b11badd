internal import CLibXML2

/// A parser for one thread that keeps its libxml2 context between documents, so a worker
/// validating thousands of messages does not build and tear down a parser (and its name
/// dictionary) for each. Same security settings and findings as ``XMLParser/parse(_:name:limits:allowDoctype:)``.
///
/// Not thread-safe: make one per worker.
public final class XMLParserContext {
    private var context: xmlParserCtxtPtr
    /// The DTD mark and time budget shared with the C callbacks (reached through `_private`).
    private let guardState: UnsafeMutablePointer<clibxml2_guard>
    private let allowDoctype: Bool
    private var uses = 0

    /// Documents parsed before the context (and its dictionary of interned names) is renewed,
    /// so a long run does not grow it without bound.
    static let renewAfter = 2000

    /// - Parameter allowDoctype: accept an internal DTD subset (only for trusted schema files).
    public init?(allowDoctype: Bool = false) {
        LibXML.ensureInitialized()
        let guardState = UnsafeMutablePointer<clibxml2_guard>.allocate(capacity: 1)
        guardState.initialize(to: clibxml2_guard())
        guard let context = Self.makeContext(allowDoctype: allowDoctype, guardState: guardState) else {
            guardState.deallocate()
            return nil
        }
        self.context = context
        self.guardState = guardState
        self.allowDoctype = allowDoctype
    }

    deinit {
        xmlFreeParserCtxt(context)
        guardState.deallocate()
    }

    private static func makeContext(allowDoctype: Bool, guardState: UnsafeMutablePointer<clibxml2_guard>) -> xmlParserCtxtPtr? {
        guard let context = xmlNewParserCtxt() else { return nil }
        clibxml2_install_guard(context, guardState, allowDoctype ? 0 : 1)
        return context
    }

    /// Parses `bytes` read under `name`; see ``XMLParser/parse(_:name:limits:allowDoctype:)``.
    public func parse(_ bytes: [UInt8], name: String, limits: ParseLimits = .default) -> ParseOutcome {
        uses += 1
        if uses > Self.renewAfter, let fresh = Self.makeContext(allowDoctype: allowDoctype, guardState: guardState) {
            xmlFreeParserCtxt(context)
            context = fresh
            uses = 1
        }
        return XMLParser.parse(bytes, name: name, limits: limits, context: context, guardState: guardState)
    }
}
