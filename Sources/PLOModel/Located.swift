import XMLCore

/// A value read from a message together with the element it came from, so a finding about it
/// can name its line and XPath.
public struct Located<Value> {
    public let value: Value
    public let node: XMLNode

    public init(_ value: Value, node: XMLNode) {
        self.value = value
        self.node = node
    }

    public var line: Int { node.line }
    public var xpath: String { node.xpath }
}

/// A coded value as PLO writes it: `V` (code), `DN` (display name), `S` (code system OID).
public struct CodedValue: Sendable, Hashable, Codable {
    public var code: String?
    public var displayName: String?
    public var system: String?

    public init(code: String?, displayName: String?, system: String?) {
        self.code = code
        self.displayName = displayName
        self.system = system
    }

    /// Reads `V`, `DN` and `S` from an element.
    public init(_ node: XMLNode) {
        self.init(code: node.attribute("V"), displayName: node.attribute("DN"), system: node.attribute("S"))
    }
}
