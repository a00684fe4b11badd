internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only cursor on one element of an ``XMLDocument``. It keeps its document alive.
///
/// Lookups compare names in place, without building strings, so walking a message is cheap.
public struct XMLNode {
    private(set) var pointer: xmlNodePtr
    /// The document this element belongs to.
    public let document: XMLDocument

    init(pointer: xmlNodePtr, document: XMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// The element's local name, without prefix.
    public var localName: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The element's namespace URI, if it has one.
    public var namespaceURI: String? {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The 1-based line of the element's start tag.
    public var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The XPath of this element, e.g. `/MsgHead/MsgInfo/Type`; namespaced elements carry their prefix.
    public var xpath: String { Self.path(of: pointer) }

    /// The concatenated text content of the element and its descendants.
    public var text: String {
        if pointer.pointee.children == nil { return "" }
        if let direct = singleTextChild { return String(cString: direct) }
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }

    /// The content of the element's only child when that child is text — the common case of a
    /// leaf like `<Id>123</Id>` — read in place, without libxml2 copying it.
    private var singleTextChild: UnsafePointer<xmlChar>? {
        guard let child = pointer.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE,
            let content = child.pointee.content
        else { return nil }
        return UnsafePointer(content)
    }

    /// The text content with leading and trailing XML white space (space, tab, CR, LF) removed.
    public var trimmedText: String {
        withTrimmedText { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the trimmed text content, read in place for a leaf
    /// (no string is built); the bytes are valid only during the call.
    public func withTrimmedText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if pointer.pointee.children == nil { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if let direct = singleTextChild { return Self.withTrimmed(direct, body) }
        guard let content = xmlNodeGetContent(pointer) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { clibxml2_free(content) }
        return Self.withTrimmed(UnsafePointer(content), body)
    }

    private static func withTrimmed<Result>(_ content: UnsafePointer<xmlChar>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let length = Int(xmlStrlen(content))
        var start = 0
        var end = length
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while start < end, isSpace(content[start]) { start += 1 }
        while end > start, isSpace(content[end - 1]) { end -= 1 }
        return body(UnsafeBufferPointer(start: content + start, count: end - start))
    }

    /// Whether the trimmed text content is one or more ASCII digits.
    public var trimmedTextIsDigits: Bool {
        withTrimmedText { bytes in !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// Whether this element has the given local name (and namespace, when one is given).
    public func matches(_ localName: String, namespace: String? = nil) -> Bool {
        Self.matches(pointer, localName, namespace)
    }

    /// Whether this element is in the namespace `namespace` (compared in place).
    public func isInNamespace(_ namespace: String) -> Bool {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return false }
        return Self.equal(href, namespace)
    }

    /// Name test on a raw node, without creating a cursor (no retain of the document).
    static func matches(_ node: xmlNodePtr, _ localName: String, _ namespace: String?) -> Bool {
        guard let name = node.pointee.name, equal(name, localName) else { return false }
        guard let namespace else { return true }
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return false }
        return equal(href, namespace)
    }

    /// Whether the NUL-terminated `text` equals `string`, byte for byte. Reads the string's
    /// storage in place (no copy, so no reference counting on the hot path).
    private static func equal(_ text: UnsafePointer<xmlChar>, _ string: String) -> Bool {
        let fast = string.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            for byte in bytes {
                if text[index] != byte { return false }
                index += 1
            }
            return text[index] == 0
        }
        if let fast { return fast }
        var index = 0
        for byte in string.utf8 {
            if text[index] != byte { return false }
            index += 1
        }
        return text[index] == 0
    }

    /// The element children, in document order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(pointer: node, document: document)) }
            child = node.pointee.next
        }
        return result
    }

    /// Calls `body` with each element child, in document order, without building an array.
    public func forEachChild(_ body: (XMLNode) throws -> Void) rethrows {
        // One cursor moved along the children: no reference counting per child. `body` gets a
        // copy whenever it keeps the node.
        var cursor = self
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                cursor.pointer = node
                try body(cursor)
            }
            child = node.pointee.next
        }
    }

    /// The first element child with this local name (and namespace, when given).
    public func child(_ localName: String, namespace: String? = nil) -> XMLNode? {
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, Self.matches(node, localName, namespace) {
                return XMLNode(pointer: node, document: document)
            }
            child = node.pointee.next
        }
        return nil
    }

    /// All element children with this local name (and namespace, when given).
    public func children(_ localName: String, namespace: String? = nil) -> [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, Self.matches(node, localName, namespace) {
                result.append(XMLNode(pointer: node, document: document))
            }
            child = node.pointee.next
        }
        return result
    }

    /// Follows a path of local names, e.g. `node.descend("MsgInfo", "Type")`.
    public func descend(_ path: String...) -> XMLNode? {
        var current: XMLNode? = self
        for name in path { current = current?.child(name) }
        return current
    }

    /// All descendant elements (depth first, document order) with this local name.
    public func descendants(_ localName: String, namespace: String? = nil) -> [XMLNode] {
        var result: [XMLNode] = []
        Self.collect(pointer.pointee.children, localName, namespace, into: &result, document: document)
        return result
    }

    private static func collect(_ first: xmlNodePtr?, _ localName: String, _ namespace: String?, into result: inout [XMLNode], document: XMLDocument)
    {
        var child = first
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                if matches(node, localName, namespace) { result.append(XMLNode(pointer: node, document: document)) }
                collect(node.pointee.children, localName, namespace, into: &result, document: document)
            }
            child = node.pointee.next
        }
    }

    /// The value of an attribute without namespace, e.g. `V` or `DN`.
    public func attribute(_ name: String) -> String? {
        guard let attribute = Self.attributeNode(pointer, name) else { return nil }
        if let content = Self.singleText(attribute) { return String(cString: content) }
        guard let value = xmlNodeListGetString(pointer.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// Whether the attribute `name` (without namespace) is present and its value is exactly
    /// `value` — compared in place, without building a string.
    public func attribute(_ name: String, is value: String) -> Bool {
        guard let attribute = Self.attributeNode(pointer, name) else { return false }
        if let content = Self.singleText(attribute) { return Self.equal(content, value) }
        return self.attribute(name) == value
    }

    /// The attribute node `name` without namespace, found by comparing names in place (no C
    /// string is built for `name`, unlike `xmlHasNsProp`).
    private static func attributeNode(_ node: xmlNodePtr, _ name: String) -> xmlAttrPtr? {
        var current = node.pointee.properties
        while let attribute = current {
            if attribute.pointee.ns == nil, let attributeName = attribute.pointee.name, equal(attributeName, name) { return attribute }
            current = attribute.pointee.next
        }
        return nil
    }

    /// The text of an attribute whose value is one text node (the normal case), in place.
    private static func singleText(_ attribute: xmlAttrPtr) -> UnsafePointer<xmlChar>? {
        guard let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE,
            let content = child.pointee.content
        else { return nil }
        return UnsafePointer(content)
    }

    /// The parent element, if any.
    public var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(pointer: parent, document: document)
    }

    /// A readable XPath: `/MsgHead/MsgInfo/Type`, with the element's own prefix where it has one
    /// (`p1:Pasientlogistikk`) and a 1-based position where same-named siblings exist (`Ident[2]`).
    static func path(of node: xmlNodePtr) -> String {
        var depth = 0
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            depth += 1
            current = element.pointee.parent
        }
        if depth == 0 { return "/" }
        // The steps are written root first; the ancestors are collected on the stack.
        return withUnsafeTemporaryAllocation(of: xmlNodePtr.self, capacity: depth) { ancestry in
            var current: xmlNodePtr? = node
            var index = depth
            while let element = current, index > 0 {
                index -= 1
                ancestry.initializeElement(at: index, to: element)
                current = element.pointee.parent
            }
            defer { _ = ancestry.deinitialize() }
            return path(steps: UnsafeBufferPointer(ancestry))
        }
    }

    /// Writes `/step/step…` for `ancestry` (root first).
    private static func path(steps ancestry: UnsafeBufferPointer<xmlNodePtr>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24 * ancestry.count)
        for element in ancestry {
            bytes.append(UInt8(ascii: "/"))
            if let ns = element.pointee.ns, let prefix = ns.pointee.prefix {
                append(prefix, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
            }
            if let name = element.pointee.name { append(name, to: &bytes) } else { bytes.append(UInt8(ascii: "*")) }
            var index = 1
            var sibling = element.pointee.prev
            while let other = sibling {
                if other.pointee.type == XML_ELEMENT_NODE, sameName(other, element) { index += 1 }
                sibling = other.pointee.prev
            }
            // A position is written when any sibling shares the name: the first later one decides.
            var shared = index > 1
            sibling = element.pointee.next
            while !shared, let other = sibling {
                if other.pointee.type == XML_ELEMENT_NODE, sameName(other, element) { shared = true }
                sibling = other.pointee.next
            }
            if shared {
                bytes.append(UInt8(ascii: "["))
                bytes.append(contentsOf: String(index).utf8)
                bytes.append(UInt8(ascii: "]"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ text: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
        var index = 0
        while text[index] != 0 {
            bytes.append(text[index])
            index += 1
        }
    }

    private static func sameName(_ a: xmlNodePtr, _ b: xmlNodePtr) -> Bool {
        guard let nameA = a.pointee.name, let nameB = b.pointee.name else { return false }
        // Names of one parse are interned in its dictionary, so equal names are usually the same
        // pointer; the byte comparison covers documents built otherwise.
        guard nameA == nameB || xmlStrEqual(nameA, nameB) != 0 else { return false }
        let hrefA = a.pointee.ns?.pointee.href
        let hrefB = b.pointee.ns?.pointee.href
        if hrefA == nil || hrefB == nil { return hrefA == nil && hrefB == nil }
        return xmlStrEqual(hrefA, hrefB) != 0
    }
}
