internal import CLibXML2

/// Why an XPath expression could not be evaluated.
public struct XPathError: Error, Sendable, Equatable, CustomStringConvertible {
    public let expression: String
    public let reason: String
    public var description: String { "XPath \(expression): \(reason)" }
}

extension XMLDocument {
    /// The elements an XPath 1.0 expression selects, in document order.
    ///
    /// - Parameters:
    ///   - expression: e.g. `/mh:MsgHead/mh:MsgInfo/mh:Type` or `//po:Hendelsekode[@V='1']`.
    ///   - namespaces: prefix → namespace URI for the prefixes the expression uses
    ///     (XPath 1.0 has no default namespace, so elements in one need a prefix).
    ///   - node: the context node; the document when nil.
    /// - Throws: ``XPathError`` for an expression libxml2 cannot compile or evaluate.
    public func select(_ expression: String, namespaces: [String: String] = [:], from node: XMLNode? = nil) throws(XPathError) -> [XMLNode] {
        try evaluate(expression, namespaces: namespaces, from: node) { object in
            guard object.pointee.type == XPATH_NODESET, let set = object.pointee.nodesetval else { return [] }
            var nodes: [XMLNode] = []
            for index in 0..<Int(set.pointee.nodeNr) {
                if let raw = set.pointee.nodeTab[index], raw.pointee.type == XML_ELEMENT_NODE {
                    nodes.append(XMLNode(pointer: raw, document: self))
                }
            }
            return nodes
        }
    }

    /// The string value of an XPath 1.0 expression (`string(…)` semantics: the first node's text,
    /// a number or a boolean as text).
    public func string(_ expression: String, namespaces: [String: String] = [:], from node: XMLNode? = nil) throws(XPathError) -> String {
        try evaluate(expression, namespaces: namespaces, from: node) { object in
            guard let value = xmlXPathCastToString(object) else { return "" }
            defer { clibxml2_free(value) }
            return String(cString: value)
        }
    }

    private func evaluate<T>(
        _ expression: String, namespaces: [String: String], from node: XMLNode?, _ read: (xmlXPathObjectPtr) -> T
    ) throws(XPathError) -> T {
        LibXML.ensureInitialized()
        guard let context = xmlXPathNewContext(pointer) else { throw XPathError(expression: expression, reason: "no XPath context") }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) where xmlXPathRegisterNs(context, prefix, uri) != 0 {
            throw XPathError(expression: expression, reason: "cannot register prefix \(prefix)")
        }
        if let node { context.pointee.node = node.pointer }
        let collector = ErrorCollector(stage: .parse)
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), structuredErrorCallback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let result = withExtendedLifetime(collector) { xmlXPathEvalExpression(expression, context) }
        guard let result else {
            throw XPathError(expression: expression, reason: collector.findings.first?.message ?? "invalid expression")
        }
        defer { xmlXPathFreeObject(result) }
        return read(result)
    }
}
