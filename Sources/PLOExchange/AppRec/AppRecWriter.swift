import PLOCalendar
import PLOSimulator

/// Writes the counterpart's AppRec 1.1 (status 1 OK, or 2 avvist with a kodeverk 8221 error),
/// laid out as HIS 80415's examples 5.2.1 and 5.2.2, valid under the official AppRec v1.1 schema.
struct AppRecWriter {
    private var out = ByteBuffer(capacity: 2048)

    struct Receipt {
        var id: String
        var genDate: LocalDateTime
        var sender: PartyFacts
        var receiver: PartyFacts
        var verdict: AppRecVerdict
        var originalType: String
        var originalTypeName: String
        var originalMsgId: String
        var originalDate: String
    }

    mutating func render(_ rec: Receipt) -> [UInt8] {
        out.removeAll()
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<AppRec xmlns=\"http://www.kith.no/xmlstds/apprec/2012-02-15\">\n")
        out.append("\t<MsgType V=\"APPREC\" DN=\"Applikasjonskvittering\"/>\n\t<MIGversion>v1.1 2012-02-15</MIGversion>\n")
        out.append("\t<SoftwareName>PLOKit serve</SoftwareName>\n\t<GenDate>")
        out.append(rec.genDate.iso)
        out.append("</GenDate>\n\t<Id>")
        out.appendEscaped(rec.id)
        out.append("</Id>\n\t<Sender>\n")
        party(rec.sender)
        out.append("\t</Sender>\n\t<Receiver>\n")
        party(rec.receiver)
        out.append("\t</Receiver>\n")
        switch rec.verdict {
        case .ok:
            out.append("\t<Status V=\"1\" DN=\"OK\"/>\n")
        case .rejected(let code, let detail):
            out.append("\t<Status V=\"2\" DN=\"Avvist\"/>\n\t<Error S=\"")
            out.append(AppRecCode.system)
            out.append("\" V=\"")
            out.append(code.rawValue)
            out.append("\" DN=\"")
            out.appendEscaped(code.displayName)
            out.append("\" OT=\"")
            out.appendEscaped(String(detail.prefix(500)))
            out.append("\"/>\n")
        }
        out.append("\t<OriginalMsgId>\n\t\t<MsgType V=\"")
        out.appendEscaped(rec.originalType)
        out.append("\" DN=\"")
        out.appendEscaped(rec.originalTypeName)
        out.append("\"/>\n\t\t<IssueDate>")
        out.appendEscaped(rec.originalDate)
        out.append("</IssueDate>\n\t\t<Id>")
        out.appendEscaped(rec.originalMsgId)
        out.append("</Id>\n\t</OriginalMsgId>\n</AppRec>\n")
        return out.bytes
    }

    private mutating func party(_ p: PartyFacts) {
        out.append("\t\t<HCP>\n\t\t\t<Inst>\n\t\t\t\t<Name>")
        out.appendEscaped(p.name ?? "Ukjent")
        out.append("</Name>\n\t\t\t\t<Id>")
        out.appendEscaped(p.her ?? "0")
        out.append("</Id>\n\t\t\t\t<TypeId V=\"HER\" DN=\"HER-id\"/>\n")
        if let unit = p.unitHer {
            out.append("\t\t\t\t<Dept>\n\t\t\t\t\t<Name>")
            out.appendEscaped(p.unitName ?? "Ukjent")
            out.append("</Name>\n\t\t\t\t\t<Id>")
            out.appendEscaped(unit)
            out.append("</Id>\n\t\t\t\t\t<TypeId V=\"HER\" DN=\"HER-id\"/>\n\t\t\t\t</Dept>\n")
        }
        out.append("\t\t\t</Inst>\n\t\t</HCP>\n")
    }
}
