import XMLCore

/// A health professional as PLO content and MsgHead write one (`fk1:HealthcareProfessional`,
/// `HealthcareProfessional`): name and identifiers.
public struct HealthProfessional {
    /// The element.
    public let node: XMLNode
    public let familyName: String?
    public let givenName: String?

    /// Reads the names of a health-professional element.
    public init(_ node: XMLNode) {
        self.node = node
        var family: String?
        var given: String?
        for child in node.children {
            if family == nil, child.matches("FamilyName") {
                family = child.trimmedText
            } else if given == nil, child.matches("GivenName") {
                given = child.trimmedText
            }
        }
        familyName = family
        givenName = given
    }

    /// Whether a family or given name is written.
    public var isNamed: Bool { !(familyName ?? "").isEmpty || !(givenName ?? "").isEmpty }
}

extension PLOMessage {
    /// Whether the content is a PLO 1.6 `Pasientlogistikk` element.
    public var isPasientlogistikk: Bool {
        content?.matches("Pasientlogistikk", namespace: PLONamespace.pasientlogistikk) ?? false
    }

    /// The logistics part of a Pasientlogistikk message (the last element child of the content
    /// in the Pasientlogistikk namespace), or `nil` for other messages.
    public var logistics: LogisticsContent? {
        guard isPasientlogistikk, let content else { return nil }
        var found: XMLNode?
        content.forEachChild { child in
            if child.isInNamespace(PLONamespace.pasientlogistikk) { found = child }
        }
        return found.map(LogisticsContent.init)
    }

    /// `AnsvarForRapport/AnsvarligRapport` of PLO content: who is responsible for the message.
    public var responsibleProfessionals: [HealthProfessional] {
        guard let content else { return [] }
        var result: [HealthProfessional] = []
        for child in content.children where child.matches("AnsvarForRapport") {
            if let responsible = child.child("AnsvarligRapport") { result.append(HealthProfessional(responsible)) }
        }
        return result
    }

    /// `HealthcareProfessional` elements of the MsgHead sender (at organisation or department level).
    public var senderProfessionals: [HealthProfessional] {
        guard let organisation = envelope?.sender?.node else { return [] }
        var result: [HealthProfessional] = []
        if let person = organisation.child("HealthcareProfessional") { result.append(HealthProfessional(person)) }
        if let person = organisation.child("Organisation")?.child("HealthcareProfessional") {
            result.append(HealthProfessional(person))
        }
        return result
    }

    /// `InformasjonOmForsendelsen/TypeInnholdIMelding/TypeInnhold`-style content type
    /// (`TypeInnholdIMelding/TypeInnhold` directly under the content), when present.
    public var contentType: Located<CodedValue>? {
        guard let node = content?.child("TypeInnholdIMelding")?.child("TypeInnhold") else { return nil }
        return Located(CodedValue(node), node: node)
    }
}
