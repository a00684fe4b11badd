internal import CLibXML2

/// A piece of an element's content: a child element or a run of text.
public enum XMLContent {
    case element(XMLNode)
    case text(String)
}

extension XMLNode {
    /// The name as written: `prefix:local` or `local`.
    public var qualifiedName: String {
        let local = localName
        guard let ns = pointer.pointee.ns, let prefix = ns.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    /// The namespace declarations on this element (`xmlns` / `xmlns:p`), in document order.
    public var namespaceDeclarations: [(prefix: String?, uri: String)] {
        var result: [(prefix: String?, uri: String)] = []
        var current = pointer.pointee.nsDef
        while let ns = current {
            let prefix = ns.pointee.prefix.map { String(cString: $0) }
            let uri = ns.pointee.href.map { String(cString: $0) } ?? ""
            result.append((prefix, uri))
            current = ns.pointee.next
        }
        return result
    }

    /// The attributes as written (`prefix:name` where namespaced) with their values, in order.
    public var attributes: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var current = pointer.pointee.properties
        while let attribute = current {
            var name = attribute.pointee.name.map { String(cString: $0) } ?? ""
            if let ns = attribute.pointee.ns, let prefix = ns.pointee.prefix { name = String(cString: prefix) + ":" + name }
            var value = ""
            if let raw = xmlNodeListGetString(pointer.pointee.doc, attribute.pointee.children, 1) {
                value = String(cString: raw)
                clibxml2_free(raw)
            }
            result.append((name, value))
            current = attribute.pointee.next
        }
        return result
    }

    /// Child elements and text runs (CDATA counts as text; comments and processing instructions are skipped).
    public var content: [XMLContent] {
        var result: [XMLContent] = []
        var child = pointer.pointee.children
        while let node = child {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLNode(pointer: node, document: document)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let raw = node.pointee.content { result.append(.text(String(cString: raw))) }
            default:
                break
            }
            child = node.pointee.next
        }
        return result
    }
}
