import PLOCalendar
import PLOModel

/// Replies to a received message: the AppRec 1.1 receipt (HIS 80415) and the municipality's
/// Dialogmelding 1.1 answer to Melding om utskrivningsklar pasient (HNT 3.2 a).
///
/// Both swap the original's sender and receiver. Both documents are valid against PLOKit's
/// schema set and the official e-helse schemas.
extension MessageWriter {
    /// An AppRec 1.1 for `original`: `status` 1 OK or 2 Avvist with `errors` (kodeverk 8221);
    /// `OriginalMsgId` echoes the original's type, MsgId and GenDate (as written).
    ///
    /// A rejection must carry at least one error (HIS 80415 4.3.1): given none, the receipt
    /// carries X99 "Annen feil". An OK receipt carries no errors (any given are left out).
    public mutating func appRec(
        for original: RepliedMessage, status: ReceiptStatus, errors: [ReceiptError] = [], id: String,
        genDate: LocalDateTime, software: String = "PLOKit"
    ) -> [UInt8] {
        out.removeAll()
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<AppRec xmlns=\"http://www.kith.no/xmlstds/apprec/2012-02-15\">\n")
        out.append("\t<MsgType V=\"APPREC\" DN=\"Applikasjonskvittering\"/>\n\t<MIGversion>v1.1 2012-02-15</MIGversion>\n")
        out.append("\t<SoftwareName>")
        out.appendEscaped(software)
        out.append("</SoftwareName>\n\t<GenDate>")
        out.append(genDate.iso)
        out.append("</GenDate>\n\t<Id>")
        out.appendEscaped(id)
        out.append("</Id>\n\t<Sender>\n")
        appRecParty(original.receiver)
        out.append("\t</Sender>\n\t<Receiver>\n")
        appRecParty(original.sender)
        out.append("\t</Receiver>\n\t<Status V=\"")
        out.append(status.rawValue)
        out.append("\" DN=\"")
        out.append(status.displayName)
        out.append("\"/>\n")
        if status == .rejected {
            for error in errors.isEmpty ? [ReceiptError("X99")] : errors {
                out.append("\t<Error V=\"")
                out.appendEscaped(error.code)
                out.append("\" DN=\"")
                out.appendEscaped(error.displayName)
                out.append("\" S=\"")
                out.append(AppRecCodes.errorSystem)
                if let text = error.text {
                    out.append("\" OT=\"")
                    out.appendEscaped(text)
                }
                out.append("\"/>\n")
            }
        }
        out.append("\t<OriginalMsgId>\n\t\t<MsgType V=\"")
        out.appendEscaped(original.typeCode)
        out.append("\" DN=\"")
        out.appendEscaped(original.typeDisplayName)
        out.append("\"/>\n\t\t<IssueDate>")
        out.appendEscaped(original.genDate)
        out.append("</IssueDate>\n\t\t<Id>")
        out.appendEscaped(original.msgId)
        out.append("</Id>\n\t</OriginalMsgId>\n</AppRec>\n")
        return out.bytes
    }

    /// The municipality's Dialogmelding 1.1 (DIALOG_HELSEFAGLIG) answering `original` (its
    /// Melding om utskrivningsklar pasient): sent from the original's receiver to its sender,
    /// `ConversationRef/RefToParent` = the original's MsgId (RefToConversation continues the
    /// original's conversation, or starts at it). `answer` is the note's text: whether and when
    /// the municipality can receive the patient, and what it will offer (HNT 3.2 a).
    public mutating func dialogAnswer(
        to original: RepliedMessage, msgId: String, genDate: LocalDateTime, answer: String,
        from professional: Professional? = nil
    ) -> [UInt8] {
        out.removeAll()
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<MsgHead xmlns=\"http://www.kith.no/xmlstds/msghead/2006-05-24\">\n\t<MsgInfo>\n")
        out.append("\t\t<Type V=\"DIALOG_HELSEFAGLIG\" DN=\"Helsefaglig dialog\"/>\n")
        out.append("\t\t<MIGversion>v1.2 2006-05-24</MIGversion>\n\t\t<GenDate>")
        out.append(genDate.iso)
        out.append("</GenDate>\n\t\t<MsgId>")
        out.appendEscaped(msgId)
        out.append("</MsgId>\n\t\t<ConversationRef>\n\t\t\t<RefToParent>")
        out.appendEscaped(original.msgId)
        out.append("</RefToParent>\n\t\t\t<RefToConversation>")
        out.appendEscaped(original.conversation ?? original.msgId)
        out.append("</RefToConversation>\n\t\t</ConversationRef>\n\t\t<Sender>\n")
        msgHeadParty(original.receiver)
        out.append("\t\t</Sender>\n\t\t<Receiver>\n")
        msgHeadParty(original.sender)
        out.append("\t\t</Receiver>\n")
        if let patient = original.patient {
            out.append("\t\t<Patient>\n")
            if let family = patient.familyName {
                out.append("\t\t\t<FamilyName>")
                out.appendEscaped(family)
                out.append("</FamilyName>\n")
            }
            if let given = patient.givenName {
                out.append("\t\t\t<GivenName>")
                out.appendEscaped(given)
                out.append("</GivenName>\n")
            }
            out.append("\t\t\t<Ident>\n\t\t\t\t<Id>")
            out.appendEscaped(patient.id)
            out.append("</Id>\n\t\t\t\t<TypeId V=\"")
            out.appendEscaped(patient.idType)
            out.append("\" DN=\"")
            out.appendEscaped(patient.idTypeName)
            out.append("\" S=\"2.16.578.1.12.4.1.1.8116\"/>\n\t\t\t</Ident>\n\t\t</Patient>\n")
        }
        out.append("\t</MsgInfo>\n\t<Document>\n\t\t<RefDoc>\n\t\t\t<IssueDate V=\"")
        out.append(genDate.iso)
        out.append("\"/>\n\t\t\t<MsgType V=\"XML\" DN=\"XML-instans\"/>\n\t\t\t<Content>\n")
        out.append("\t\t\t\t<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2013-01-23\"")
        out.append(" xmlns:fk1=\"http://www.kith.no/xmlstds/felleskomponent1\">\n")
        out.append("\t\t\t\t\t<Notat>\n")
        out.append("\t\t\t\t\t\t<TemaKodet V=\"6\" DN=\"Henvendelse om pasient\" S=\"2.16.578.1.12.4.1.1.7322\"/>\n")
        out.append("\t\t\t\t\t\t<Tema>Svar på melding om utskrivningsklar pasient</Tema>\n\t\t\t\t\t\t<TekstNotatInnhold>")
        out.appendEscaped(answer)
        out.append("</TekstNotatInnhold>\n")
        if let professional {
            out.append("\t\t\t\t\t\t<RollerRelatertNotat>\n\t\t\t\t\t\t\t<HealthcareProfessional>\n")
            out.append(
                professional.kind == "LE"
                    ? "\t\t\t\t\t\t\t\t<TypeHealthcareProfessional V=\"LE\" DN=\"Lege\"/>\n"
                    : "\t\t\t\t\t\t\t\t<TypeHealthcareProfessional V=\"SP\" DN=\"Sykepleier\"/>\n")
            out.append("\t\t\t\t\t\t\t\t<FamilyName>")
            out.appendEscaped(professional.familyName)
            out.append("</FamilyName>\n\t\t\t\t\t\t\t\t<GivenName>")
            out.appendEscaped(professional.givenName)
            out.append("</GivenName>\n\t\t\t\t\t\t\t\t<Ident>\n\t\t\t\t\t\t\t\t\t<fk1:Id>")
            out.appendEscaped(professional.hpr)
            out.append("</fk1:Id>\n\t\t\t\t\t\t\t\t\t<fk1:TypeId V=\"HPR\" DN=\"HPR-nummer\" S=\"2.16.578.1.12.4.1.1.8116\"/>\n")
            out.append("\t\t\t\t\t\t\t\t</Ident>\n\t\t\t\t\t\t\t</HealthcareProfessional>\n\t\t\t\t\t\t</RollerRelatertNotat>\n")
        }
        out.append("\t\t\t\t\t</Notat>\n\t\t\t\t</Dialogmelding>\n")
        out.append("\t\t\t</Content>\n\t\t</RefDoc>\n\t</Document>\n</MsgHead>\n")
        return out.bytes
    }

    // MARK: Parties

    private mutating func appRecParty(_ p: ReplyParty) {
        out.append("\t\t<HCP>\n\t\t\t<Inst>\n\t\t\t\t<Name>")
        out.appendEscaped(p.name)
        out.append("</Name>\n\t\t\t\t<Id>")
        out.appendEscaped(p.her)
        out.append("</Id>\n\t\t\t\t<TypeId V=\"HER\" DN=\"HER-id\"/>\n")
        if let unitHer = p.unitHer {
            out.append("\t\t\t\t<Dept>\n\t\t\t\t\t<Name>")
            out.appendEscaped(p.unitName ?? "")
            out.append("</Name>\n\t\t\t\t\t<Id>")
            out.appendEscaped(unitHer)
            out.append("</Id>\n\t\t\t\t\t<TypeId V=\"HER\" DN=\"HER-id\"/>\n\t\t\t\t</Dept>\n")
        }
        out.append("\t\t\t</Inst>\n\t\t</HCP>\n")
    }

    private mutating func msgHeadParty(_ p: ReplyParty) {
        organisation(name: p.name, her: p.her, unitName: p.unitName, unitHer: p.unitHer)
    }
}
