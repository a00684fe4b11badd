import PLOCalendar
import PLOModel

/// PLO 1.6 content bodies.
extension MessageWriter {
    private static let plNs =
        " xmlns:p1=\"http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01\""
        + " xmlns=\"http://www.kith.no/xmlstds/po/poKomponent/2012-04-01\""
        + " xmlns:fk1=\"http://www.kith.no/xmlstds/felleskomponent1\">\n"
    private static let epjNs =
        " xmlns=\"http://www.kith.no/xmlstds/po/poKomponent/2012-04-01\""
        + " xmlns:epj2=\"http://www.kith.no/xmlstds/epj/epj2/2008-02-20\""
        + " xmlns:m1=\"http://www.kith.no/xmlstds/epj/meta/2008-02-20\""
        + " xmlns:fk1=\"http://www.kith.no/xmlstds/felleskomponent1\">\n"

    mutating func content(_ m: OutgoingMessage) {
        switch m.content {
        case .innlagt(let admitted):
            logistikkHead(m, responsible: true)
            out.append("\t\t\t\t\t<p1:MeldingInnlagtPasient>\n")
            event(
                code: "1", name: "Pasient innlagt", time: admitted.iso, estimate: false,
                description: "Pasienten ble innlagt \(norwegian(admitted.date)) ved \(m.sender.unit.name)")
            out.append("\t\t\t\t\t</p1:MeldingInnlagtPasient>\n")
            logistikkTail()
        case .utskrivningsklar(let admitted, let ready):
            logistikkHead(m, responsible: true)
            out.append("\t\t\t\t\t<p1:MeldingUtskrivningsklarPasient>\n")
            event(code: "1", name: "Pasient innlagt", time: admitted.iso, estimate: false, description: nil)
            event(code: "3", name: "Pasient utskrivningsklar", time: ready.iso, estimate: true, description: nil)
            out.append("\t\t\t\t\t</p1:MeldingUtskrivningsklarPasient>\n")
            logistikkTail()
        case .avmelding(let admitted, let ready, let date):
            logistikkHead(m, responsible: true)
            out.append("\t\t\t\t\t<p1:AvmeldingUtskrivningsklarPasient>\n")
            event(code: "1", name: "Pasient innlagt", time: admitted.iso, estimate: false, description: nil)
            if let ready {
                event(code: "3", name: "Pasient utskrivningsklar", time: ready.iso, estimate: true, description: nil)
            }
            event(
                code: "4", name: "Avmelding av utskrivningsklar pasient", time: date.iso, estimate: false,
                description: nil,
                remark: "På bakgrunn av endring i helsetilstand ansees pasienten ikke lenger å fylle vilkårene for å være utskrivningsklar.")
            out.append("\t\t\t\t\t</p1:AvmeldingUtskrivningsklarPasient>\n")
            logistikkTail()
        case .utskrevet(let date, let died):
            logistikkHead(m, responsible: true)
            out.append("\t\t\t\t\t<p1:MeldingOmUtskrevetPasient>\n\t\t\t\t\t\t<UtskrevetTil>\n")
            out.append(
                died
                    ? "\t\t\t\t\t\t\t<Uttilstand V=\"2\" DN=\"Død\" S=\"2.16.578.1.12.4.1.1.8431\"/>\n"
                    : "\t\t\t\t\t\t\t<Uttilstand V=\"1\" DN=\"Som levende\" S=\"2.16.578.1.12.4.1.1.8431\"/>\n")
            out.append("\t\t\t\t\t\t\t<UtTil V=\"1\" DN=\"Bosted/arbeidssted\" S=\"2.16.578.1.12.4.1.1.8408\"/>\n")
            out.append("\t\t\t\t\t\t</UtskrevetTil>\n")
            event(
                code: "2", name: "Pasient utskrevet", time: date.iso, estimate: false,
                description: died ? "Pasienten døde \(norwegian(date)) under sykehusoppholdet." : "Pasienten ble utskrevet \(norwegian(date))")
            out.append("\t\t\t\t\t</p1:MeldingOmUtskrevetPasient>\n")
            logistikkTail()
        case .dod(let date):
            logistikkHead(m, responsible: false)
            out.append("\t\t\t\t\t<p1:OrienteringOmDod>\n")
            event(
                code: "13", name: "Pasienten er død", time: date.iso, estimate: false,
                description: "Pasienten døde \(norwegian(date)) under sykehusoppholdet.")
            out.append("\t\t\t\t\t</p1:OrienteringOmDod>\n")
            logistikkTail()
        case .helseopplysninger(let admitted, let updated, let expectedReady, let note):
            out.append("\t\t\t\t<p5:HelseopplysningerVedSoknad xmlns:p5=\"http://www.kith.no/xmlstds/po/HelseopplysningerVedSoknad/2012-04-01\"")
            out.append(Self.epjNs)
            status(m.status)
            unit(m.sender)
            contact(m.professional, element: "KontaktpersonHelsepersonell", inner: "Kontaktperson")
            out.append(
                updated
                    ? "\t\t\t\t\t<TypeInnholdIMelding>\n\t\t\t\t\t\t<TypeInnhold V=\"2\" DN=\"Oppdaterte opplysninger\" S=\"2.16.578.1.12.4.1.1.9140\"/>\n\t\t\t\t\t</TypeInnholdIMelding>\n"
                    : "\t\t\t\t\t<TypeInnholdIMelding>\n\t\t\t\t\t\t<TypeInnhold V=\"1\" DN=\"Varsel om innlagt pasient\" S=\"2.16.578.1.12.4.1.1.9140\"/>\n\t\t\t\t\t</TypeInnholdIMelding>\n"
            )
            out.append("\t\t\t\t\t<OpplysningOpphold>\n")
            event(code: "1", name: "Pasient innlagt", time: admitted.iso, estimate: false, description: nil, indent: 6)
            out.append("\t\t\t\t\t</OpplysningOpphold>\n")
            if let expectedReady {
                out.append("\t\t\t\t\t<OpplysningOpphold>\n")
                event(
                    code: "3", name: "Pasient utskrivningsklar", time: expectedReady.iso, estimate: true,
                    description: nil, indent: 6)
                out.append("\t\t\t\t\t</OpplysningOpphold>\n")
            }
            out.append("\t\t\t\t\t<MedisinskfagligeOpplysninger>\n")
            journalnotat(code: "1", name: "Pasientens status", list: "9145", note: note, componentID: m.msgId, indent: 6)
            out.append("\t\t\t\t\t</MedisinskfagligeOpplysninger>\n\t\t\t\t</p5:HelseopplysningerVedSoknad>\n")
        case .dialog(let topic, let note):
            out.append("\t\t\t\t<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2013-01-23\">\n\t\t\t\t\t<Notat>\n")
            out.append("\t\t\t\t\t\t<TemaKodet V=\"6\" DN=\"Henvendelse om pasient\" S=\"2.16.578.1.12.4.1.1.7322\"/>\n\t\t\t\t\t\t<Tema>")
            out.appendEscaped(topic)
            out.append("</Tema>\n\t\t\t\t\t\t<TekstNotatInnhold>")
            out.appendEscaped(note)
            out.append("</TekstNotatInnhold>\n\t\t\t\t\t</Notat>\n\t\t\t\t</Dialogmelding>\n")
        case .innleggelsesrapport(let note):
            out.append("\t\t\t\t<p7:Innleggelsesrapport xmlns:p7=\"http://www.kith.no/xmlstds/po/Innleggelsesrapport/2012-04-01\"")
            out.append(Self.epjNs)
            status(m.status)
            unit(m.sender)
            contact(m.professional, element: "AnsvarForRapport", inner: "AnsvarligRapport")
            nursingNote(note)
            out.append("\t\t\t\t</p7:Innleggelsesrapport>\n")
        case .utskrivningsrapport(let admitted, let discharged, let note):
            out.append("\t\t\t\t<p8:TverrfagligEpikrise xmlns:p8=\"http://www.kith.no/xmlstds/po/TverrfagligEpikrise/2012-04-01\"")
            out.append(Self.epjNs)
            status(m.status)
            unit(m.sender)
            contact(m.professional, element: "KontaktpersonHelsepersonell", inner: "Kontaktperson")
            out.append(
                "\t\t\t\t\t<TypeInnholdIMelding>\n\t\t\t\t\t\t<TypeInnhold V=\"11\" DN=\"Utskrivningsrapport\" S=\"2.16.578.1.12.4.1.1.9139\"/>\n\t\t\t\t\t</TypeInnholdIMelding>\n"
            )
            for (label, time) in [("Innlagt dato", admitted), ("Utskrevet dato", discharged)] {
                out.append("\t\t\t\t\t<OpplysningOpphold>\n\t\t\t\t\t\t<TidsfestetHendelse>\n\t\t\t\t\t\t\t<BeskrivelseAvHendelse>")
                out.append(label)
                out.append("</BeskrivelseAvHendelse>\n\t\t\t\t\t\t\t<TidspunktForHendelse V=\"")
                out.append(time.iso)
                out.append("\"/>\n\t\t\t\t\t\t\t<Anslag>false</Anslag>\n\t\t\t\t\t\t</TidsfestetHendelse>\n\t\t\t\t\t</OpplysningOpphold>\n")
            }
            nursingNote(note)
            out.append("\t\t\t\t</p8:TverrfagligEpikrise>\n")
        }
    }

    // MARK: Pieces

    private mutating func logistikkHead(_ m: OutgoingMessage, responsible: Bool) {
        out.append("\t\t\t\t<p1:Pasientlogistikk")
        out.append(Self.plNs)
        status(m.status)
        unit(m.sender)
        if responsible { contact(m.professional, element: "AnsvarForRapport", inner: "AnsvarligRapport") }
    }

    private mutating func logistikkTail() {
        out.append("\t\t\t\t</p1:Pasientlogistikk>\n")
    }

    private mutating func status(_ status: SendingStatus) {
        out.append("\t\t\t\t\t<InformasjonOmForsendelsen>\n\t\t\t\t\t\t<Forsendelsesstatus V=\"")
        out.append(status.rawValue)
        out.append("\" DN=\"")
        out.append(status.displayName)
        out.append("\"/>\n\t\t\t\t\t</InformasjonOmForsendelsen>\n")
    }

    private mutating func unit(_ a: Address) {
        out.append("\t\t\t\t\t<TilknyttetEnhet>\n\t\t\t\t\t\t<Kontaktenhet>\n\t\t\t\t\t\t\t<fk1:OrganisationName>")
        out.appendEscaped(a.unit.name)
        out.append("</fk1:OrganisationName>\n\t\t\t\t\t\t\t<fk1:Ident>\n\t\t\t\t\t\t\t\t<fk1:Id>")
        out.appendEscaped(a.unit.her)
        out.append("</fk1:Id>\n\t\t\t\t\t\t\t\t<fk1:TypeId V=\"HER\" DN=\"HER-id\" S=\"2.16.578.1.12.4.1.1.9051\"/>\n")
        out.append("\t\t\t\t\t\t\t</fk1:Ident>\n\t\t\t\t\t\t</Kontaktenhet>\n\t\t\t\t\t</TilknyttetEnhet>\n")
    }

    private mutating func contact(_ p: Professional, element: String, inner: String) {
        out.append("\t\t\t\t\t<\(element)>\n\t\t\t\t\t\t<\(inner)>\n")
        out.append(
            p.kind == "LE"
                ? "\t\t\t\t\t\t\t<fk1:TypeHealthcareProfessional V=\"LE\" DN=\"Lege\"/>\n"
                : "\t\t\t\t\t\t\t<fk1:TypeHealthcareProfessional V=\"SP\" DN=\"Sykepleier\"/>\n")
        out.append("\t\t\t\t\t\t\t<fk1:FamilyName>")
        out.appendEscaped(p.familyName)
        out.append("</fk1:FamilyName>\n\t\t\t\t\t\t\t<fk1:GivenName>")
        out.appendEscaped(p.givenName)
        out.append("</fk1:GivenName>\n\t\t\t\t\t\t\t<fk1:Ident>\n\t\t\t\t\t\t\t\t<fk1:Id>")
        out.appendEscaped(p.hpr)
        out.append("</fk1:Id>\n\t\t\t\t\t\t\t\t<fk1:TypeId V=\"HPR\" DN=\"HPR-nummer\" S=\"2.16.578.1.12.4.1.1.8116\"/>\n")
        out.append("\t\t\t\t\t\t\t</fk1:Ident>\n\t\t\t\t\t\t</\(inner)>\n\t\t\t\t\t</\(element)>\n")
    }

    private mutating func event(
        code: String, name: String, time: String, estimate: Bool, description: String?,
        remark: String? = nil, indent: Int = 6
    ) {
        let pad = String(repeating: "\t", count: indent)
        out.append(pad)
        out.append("<TidsfestetHendelse>\n")
        out.append(pad)
        out.append("\t<Hendelsekode V=\"\(code)\" DN=\"")
        out.appendEscaped(name)
        out.append("\" S=\"2.16.578.1.12.4.1.1.9121\"/>\n")
        if let description {
            out.append(pad)
            out.append("\t<BeskrivelseAvHendelse>")
            out.appendEscaped(description)
            out.append("</BeskrivelseAvHendelse>\n")
        }
        out.append(pad)
        out.append("\t<TidspunktForHendelse V=\"")
        out.append(time)
        out.append(estimate ? "\"/>\n" : "\"/>\n")
        out.append(pad)
        out.append(estimate ? "\t<Anslag>true</Anslag>\n" : "\t<Anslag>false</Anslag>\n")
        if let remark {
            out.append(pad)
            out.append("\t<Merknad>")
            out.appendEscaped(remark)
            out.append("</Merknad>\n")
        }
        out.append(pad)
        out.append("</TidsfestetHendelse>\n")
    }

    private mutating func journalnotat(
        code: String, name: String, list: String, note: String, componentID: String, indent: Int
    ) {
        let pad = String(repeating: "\t", count: indent)
        out.append(pad)
        out.append("<epj2:GenereltJournalnotat m1:informasjonskategori=\"Andre notater\" komponentID=\"")
        out.appendEscaped(componentID)
        out.append("\" m1:komponenttype=\"2.16.578.1.12.4.1.6.13.11009.0\" m1:basiskomponenttype=\"EPJ dokument\">\n")
        out.append(pad)
        out.append("\t<epj2:Journaltekst>\n")
        out.append(pad)
        out.append("\t\t<epj2:Overskriftskode V=\"\(code)\" DN=\"\(name)\" S=\"2.16.578.1.12.4.1.1.\(list)\"/>\n")
        out.append(pad)
        out.append("\t\t<epj2:Notat>")
        out.appendEscaped(note)
        out.append("</epj2:Notat>\n")
        out.append(pad)
        out.append("\t</epj2:Journaltekst>\n")
        out.append(pad)
        out.append("</epj2:GenereltJournalnotat>\n")
    }

    private mutating func nursingNote(_ note: String) {
        out.append("\t\t\t\t\t<Sykepleierdokumentasjon>\n\t\t\t\t\t\t<InfoFraSykepleier>\n\t\t\t\t\t\t\t<epj2:Journaltekst>\n")
        out.append("\t\t\t\t\t\t\t\t<epj2:Overskriftskode V=\"8\" DN=\"Sykepleiesammenfatning\" S=\"2.16.578.1.12.4.1.1.9141\"/>\n")
        out.append("\t\t\t\t\t\t\t\t<epj2:Notat>")
        out.appendEscaped(note)
        out.append("</epj2:Notat>\n\t\t\t\t\t\t\t</epj2:Journaltekst>\n\t\t\t\t\t\t</InfoFraSykepleier>\n\t\t\t\t\t</Sykepleierdokumentasjon>\n")
    }

    private func norwegian(_ d: LocalDate) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(d.day)).\(two(d.month)).\(d.year)"
    }
}
