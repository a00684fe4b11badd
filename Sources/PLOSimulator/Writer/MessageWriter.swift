import PLOCalendar
import PLOModel

/// Writes MsgHead v1.2 messages with PLO 1.6 content, and AppRec 1.1 receipts, as XML bytes.
///
/// Plain string building into a reused ``ByteBuffer``: every dynamic value is XML-escaped,
/// every structure follows the official examples (HIS 1149 / HIS 80704), and each document
/// is valid against the official schemas.
public struct MessageWriter {
    var out = ByteBuffer(capacity: 8192)

    /// Creates a writer.
    public init() {}

    /// Renders `message` and returns its bytes (valid until the next render).
    public mutating func render(_ message: OutgoingMessage) -> [UInt8] {
        out.removeAll()
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<MsgHead xmlns=\"http://www.kith.no/xmlstds/msghead/2006-05-24\">\n\t<MsgInfo>\n\t\t<Type V=\"")
        out.append(message.type.rawValue)
        out.append("\" DN=\"")
        out.appendEscaped(message.displayName)
        out.append("\"/>\n\t\t<MIGversion>v1.2 2006-05-24</MIGversion>\n\t\t<GenDate>")
        out.append(message.genDate.iso)
        out.append("</GenDate>\n\t\t<MsgId>")
        out.appendEscaped(message.msgId)
        out.append("</MsgId>\n")
        if let parent = message.refToParent {
            // A correction names the message it corrects, and the conversation that began there.
            out.append("\t\t<ConversationRef>\n\t\t\t<RefToParent>")
            out.appendEscaped(parent)
            out.append("</RefToParent>\n\t\t\t<RefToConversation>")
            out.appendEscaped(parent)
            out.append("</RefToConversation>\n\t\t</ConversationRef>\n")
        }
        out.append("\t\t<Sender>\n")
        organisation(message.sender)
        out.append("\t\t</Sender>\n\t\t<Receiver>\n")
        organisation(message.receiver)
        out.append("\t\t</Receiver>\n")
        patient(message.patient)
        out.append("\t</MsgInfo>\n\t<Document>\n\t\t<RefDoc>\n\t\t\t<IssueDate V=\"")
        out.append(message.genDate.iso)
        out.append("\"/>\n\t\t\t<MsgType V=\"XML\" DN=\"XML-instans\"/>\n\t\t\t<Content>\n")
        content(message)
        out.append("\t\t\t</Content>\n\t\t</RefDoc>\n\t</Document>\n</MsgHead>\n")
        return out.bytes
    }

    /// Renders an AppRec 1.1 receipt (status 1 OK, or the rejection `rec` carries) and returns its bytes.
    public mutating func render(_ rec: OutgoingAppRec) -> [UInt8] {
        let original = RepliedMessage(
            typeCode: rec.originalType.rawValue, typeDisplayName: rec.originalType.displayName, msgId: rec.originalMsgId,
            genDate: rec.originalDate.iso, sender: ReplyParty(rec.receiver), receiver: ReplyParty(rec.sender))
        return appRec(for: original, status: rec.status, errors: rec.errors, id: rec.id, genDate: rec.genDate, software: "PLOKit simulator")
    }

    // MARK: Envelope

    private mutating func herIdent(_ id: String, indent: String) {
        out.append(indent)
        out.append("<Ident>\n")
        out.append(indent)
        out.append("\t<Id>")
        out.appendEscaped(id)
        out.append("</Id>\n")
        out.append(indent)
        out.append("\t<TypeId V=\"HER\" DN=\"HER-id\" S=\"2.16.578.1.12.4.1.1.9051\"/>\n")
        out.append(indent)
        out.append("</Ident>\n")
    }

    private mutating func organisation(_ a: Address) {
        organisation(name: a.organisation, her: a.her, unitName: a.unit.name, unitHer: a.unit.her)
    }

    /// A MsgHead `<Organisation>` (Sender or Receiver): its name and HER-id, and the unit inside
    /// it when there is one.
    mutating func organisation(name: String, her: String, unitName: String?, unitHer: String?) {
        out.append("\t\t\t<Organisation>\n\t\t\t\t<OrganisationName>")
        out.appendEscaped(name)
        out.append("</OrganisationName>\n")
        herIdent(her, indent: "\t\t\t\t")
        if let unitHer {
            out.append("\t\t\t\t<Organisation>\n\t\t\t\t\t<OrganisationName>")
            out.appendEscaped(unitName ?? "")
            out.append("</OrganisationName>\n")
            herIdent(unitHer, indent: "\t\t\t\t\t")
            out.append("\t\t\t\t</Organisation>\n")
        }
        out.append("\t\t\t</Organisation>\n")
    }

    private mutating func patient(_ p: Patient) {
        out.append("\t\t<Patient>\n\t\t\t<FamilyName>")
        out.appendEscaped(p.familyName)
        out.append("</FamilyName>\n\t\t\t<GivenName>")
        out.appendEscaped(p.givenName)
        out.append("</GivenName>\n\t\t\t<DateOfBirth>")
        out.append(p.dateOfBirth.iso)
        out.append(p.isMale ? "</DateOfBirth>\n\t\t\t<Sex V=\"1\" DN=\"Mann\"/>\n" : "</DateOfBirth>\n\t\t\t<Sex V=\"2\" DN=\"Kvinne\"/>\n")
        out.append("\t\t\t<Ident>\n\t\t\t\t<Id>")
        out.append(p.fnr)
        out.append("</Id>\n\t\t\t\t<TypeId V=\"FNR\" DN=\"Fødselsnummer\" S=\"2.16.578.1.12.4.1.1.8116\"/>\n\t\t\t</Ident>\n")
        out.append("\t\t\t<Address>\n\t\t\t\t<StreetAdr>")
        out.appendEscaped(p.street)
        out.append("</StreetAdr>\n\t\t\t\t<PostalCode>")
        out.appendEscaped(p.postalCode)
        out.append("</PostalCode>\n\t\t\t\t<City>")
        out.appendEscaped(p.city)
        out.append("</City>\n\t\t\t</Address>\n\t\t</Patient>\n")
    }
}
