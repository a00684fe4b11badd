import XMLCore

/// An identifier of an organisation, person or patient: `Id` and its `TypeId`. Read from the
/// document when asked for; ``isHER`` and ``typeCode(is:)`` compare in place.
public struct Ident {
    /// The `Ident` element.
    public let node: XMLNode
    /// The `Id` element.
    public let idNode: XMLNode?
    /// The `TypeId` element.
    public let typeNode: XMLNode?

    /// An identifier read from an `Ident` element (its children located in one walk).
    public init(_ node: XMLNode) {
        self.node = node
        var id: XMLNode?
        var type: XMLNode?
        node.forEachChild { child in
            if id == nil, child.matches("Id") {
                id = child
            } else if type == nil, child.matches("TypeId") {
                type = child
            }
        }
        idNode = id
        typeNode = type
    }

    /// `Id`, trimmed.
    public var id: Located<String>? { idNode.map { Located($0.trimmedText, node: $0) } }
    /// `TypeId` (`V` code, `DN`, `S` code system).
    public var type: Located<CodedValue>? { typeNode.map { Located(CodedValue($0), node: $0) } }

    /// Whether `TypeId/@V` is `code`.
    public func typeCode(is code: String) -> Bool { typeNode?.attribute("V", is: code) ?? false }

    /// True when the identifier is a HER-id (`TypeId V="HER"`).
    public var isHER: Bool { typeCode(is: "HER") }
}

/// The HER-id code system (Adresseregisteret), OID 2.16.578.1.12.4.1.1.9051.
public let herIdSystem = "2.16.578.1.12.4.1.1.9051"

/// A sender or receiver: an organisation, optionally with a sub-organisation (department) and
/// a health professional. Fields are read from the document when asked for.
public struct Party {
    /// The `Organisation` element.
    public let node: XMLNode

    /// A nested `Organisation`.
    public struct Organisation {
        public let node: XMLNode
        public var name: String? { node.child("OrganisationName")?.trimmedText }
        public var idents: [Ident] { node.children("Ident").map(Ident.init) }
    }

    init?(_ holder: XMLNode) {
        guard let organisation = holder.child("Organisation") else { return nil }
        node = organisation
    }

    public var name: String? { node.child("OrganisationName")?.trimmedText }
    public var idents: [Ident] { node.children("Ident").map(Ident.init) }
    /// The nested organisation (department, service), if any.
    public var unit: Organisation? { node.child("Organisation").map(Organisation.init(node:)) }

    /// The organisation's HER-id, if it has one.
    public var herId: String? { idents.first(where: \.isHER)?.id?.value }

    /// The department's HER-id, if it has one.
    public var unitHerId: String? { unit?.idents.first(where: \.isHER)?.id?.value }
}

/// The patient as named in the envelope. Fields are read from the document when asked for.
public struct Patient {
    public let node: XMLNode

    init(_ node: XMLNode) {
        self.node = node
    }

    public var familyName: String? { node.child("FamilyName")?.trimmedText }
    public var givenName: String? { node.child("GivenName")?.trimmedText }
    public var ident: Ident? { node.child("Ident").map(Ident.init) }

    /// The identifier value (fødselsnummer, D-nummer …).
    public var id: String? { ident?.id?.value }
}
