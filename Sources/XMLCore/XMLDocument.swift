internal import CLibXML2

/// A parsed XML document. Owns its libxml2 tree and frees it exactly once.
///
/// Immutable after parsing: it may be read from any one thread at a time, and handed between
/// threads, but not mutated.
public final class XMLDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    /// The name the document was read under (a path, or `-` for standard input).
    public let name: String

    init(pointer: xmlDocPtr, name: String) {
        self.pointer = pointer
        self.name = name
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The document element.
    public var root: XMLNode? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return XMLNode(pointer: node, document: self)
    }

    /// The encoding declared in the XML declaration, if any.
    public var declaredEncoding: String? {
        guard let encoding = pointer.pointee.encoding else { return nil }
        return String(cString: encoding)
    }
}
