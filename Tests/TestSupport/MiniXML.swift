import XMLCore

/// A small editable copy of an XML element tree, for tests that mutate messages and write them
/// back out. Names, prefixes and namespace declarations are kept as written.
public struct MiniElement: Sendable {
    public var name: String
    public var namespaces: [MiniNamespace]
    public var attributes: [MiniAttribute]
    public var children: [MiniContent]

    public init(name: String, namespaces: [MiniNamespace] = [], attributes: [MiniAttribute] = [], children: [MiniContent] = []) {
        self.name = name
        self.namespaces = namespaces
        self.attributes = attributes
        self.children = children
    }

    /// Copies `node` and everything below it.
    public init(_ node: XMLNode) {
        name = node.qualifiedName
        namespaces = node.namespaceDeclarations.map { MiniNamespace(prefix: $0.prefix, uri: $0.uri) }
        attributes = node.attributes.map { MiniAttribute(name: $0.name, value: $0.value) }
        children = node.content.map { item in
            switch item {
            case .element(let child): .element(MiniElement(child))
            case .text(let text): .text(text)
            }
        }
    }

    /// The prefix of `name`, if any.
    public var prefix: String? {
        name.firstIndex(of: ":").map { String(name[..<$0]) }
    }

    /// Serialized as an XML document (UTF-8, with declaration).
    public var document: String { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + serialized }

    public var serialized: String {
        var out = "<" + name
        for ns in namespaces {
            out += ns.prefix.map { " xmlns:\($0)=\"" } ?? " xmlns=\""
            out += XMLText.escape(ns.uri) + "\""
        }
        for attribute in attributes { out += " \(attribute.name)=\"\(XMLText.escape(attribute.value))\"" }
        if children.isEmpty { return out + "/>" }
        out += ">"
        for child in children {
            switch child {
            case .element(let element): out += element.serialized
            case .text(let text): out += XMLText.escape(text)
            }
        }
        return out + "</" + name + ">"
    }

    /// Whether the element holds text only (no child elements).
    public var isLeaf: Bool {
        !children.contains { if case .element = $0 { true } else { false } }
    }

    /// Its text, for leaves.
    public var text: String {
        children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
    }
}

public struct MiniNamespace: Sendable {
    public var prefix: String?
    public var uri: String

    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}

public struct MiniAttribute: Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

public enum MiniContent: Sendable {
    case element(MiniElement)
    case text(String)
}

/// A path to an element: child indexes into `children`, from the root.
public typealias MiniPath = [Int]

extension MiniElement {
    /// Paths of every element below the root, in document order.
    public func elementPaths(prefix: MiniPath = []) -> [MiniPath] {
        var result: [MiniPath] = []
        for (index, child) in children.enumerated() {
            if case .element(let element) = child {
                let path = prefix + [index]
                result.append(path)
                result += element.elementPaths(prefix: path)
            }
        }
        return result
    }

    /// The element at `path`.
    public subscript(path path: MiniPath) -> MiniElement? {
        get {
            guard let first = path.first else { return self }
            guard first < children.count, case .element(let child) = children[first] else { return nil }
            return child[path: Array(path.dropFirst())]
        }
        set {
            guard let first = path.first else {
                if let newValue { self = newValue }
                return
            }
            guard first < children.count, case .element(var child) = children[first] else { return }
            if path.count == 1 {
                if let newValue { children[first] = .element(newValue) } else { children.remove(at: first) }
            } else {
                child[path: Array(path.dropFirst())] = newValue
                children[first] = .element(child)
            }
        }
    }
}
