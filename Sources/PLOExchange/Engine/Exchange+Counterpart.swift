import GRDB
import PLOCalendar
import PLOModel
import PLOSimulator

/// What the counterpart sends: its AppRecs and its own PLO messages, written by the simulator's
/// ``MessageWriter`` for the parties and the patient of the message it answers.
extension Exchange {
    func sendAppRec(for original: ReceivedFacts, verdict: AppRecVerdict, at time: SimTime, rng: inout SplitMix64, _ db: Database) throws {
        let id = newMsgId(&rng)
        let local = Oslo.local(time)
        let replied = original.replied(receiver: counterpartParty(original.receiver))
        let bytes: [UInt8]
        switch verdict {
        case .ok:
            bytes = writer.appRec(for: replied, status: .ok, id: id, genDate: local, software: "PLOKit serve")
        case .rejected(let code, let detail):
            bytes = writer.appRec(
                for: replied, status: .rejected, errors: [ReceiptError(code.rawValue, text: String(detail.prefix(500)))], id: id,
                genDate: local, software: "PLOKit serve")
        }
        try sendOut(bytes, name: "\(local.iso)-APPREC-\(id).xml", at: time, db)
    }

    /// The counterpart party a message was addressed to, with the scenario's names where the
    /// message gave none.
    func counterpartParty(_ addressed: PartyFacts) -> PartyFacts {
        var party = addressed
        if let m = scenario.municipalities.first(where: { $0.her == addressed.her }) {
            party.name = party.name ?? m.name
            if party.unitHer == nil {
                party.unitHer = m.nursing.her
                party.unitName = m.nursing.name
            }
        } else if let h = scenario.hospitals.first(where: { $0.her == addressed.her }) {
            party.name = party.name ?? h.name
            if party.unitHer == nil {
                party.unitHer = h.ward.her
                party.unitName = h.ward.name
            }
        }
        return party
    }

    func sendInnleggelsesrapport(answering innlagt: ReceivedFacts, at time: SimTime, rng: inout SplitMix64, _ db: Database) throws {
        let from = counterpartParty(innlagt.receiver)
        let m = scenario.municipalities.first { $0.her == from.her }
        // The nursing service answers, whichever of the municipality's units was addressed.
        let nursing = Address(
            organisation: from.name ?? m?.name ?? "Kommune", her: from.her ?? "",
            unit: m?.nursing ?? Unit(name: from.unitName ?? "Sykepleietjeneste", her: from.unitHer ?? from.her ?? ""))
        let message = OutgoingMessage(
            type: .innleggelsesrapport, msgId: newMsgId(&rng), genDate: Oslo.local(time), sender: nursing,
            receiver: address(innlagt.sender), patient: patient(innlagt, city: m?.name), professional: Self.municipalNurse,
            content: .innleggelsesrapport(note: "Pasienten har hjemmesykepleie morgen og kveld. Bruker rullator."))
        try sendOut(writer.render(message), name: "\(message.genDate.iso)-\(message.type.rawValue)-\(message.msgId).xml", at: time, db)
    }

    func address(_ party: PartyFacts) -> Address {
        Address(
            organisation: party.name ?? "Ukjent", her: party.her ?? "",
            unit: Unit(name: party.unitName ?? party.name ?? "Ukjent", her: party.unitHer ?? party.her ?? ""))
    }

    /// The patient as the received message named it; birth date and sex from the identity number.
    func patient(_ facts: ReceivedFacts, city: String?) -> PLOSimulator.Patient {
        let id = facts.patientId ?? ""
        let digits = id.utf8.map { Int($0) - 48 }
        var birth = LocalDate(daysSinceEpoch: -7305)
        var male = false
        if digits.count == 11, digits.allSatisfy({ (0...9).contains($0) }) {
            let day = (digits[0] * 10 + digits[1]) % 40
            var month = digits[2] * 10 + digits[3]
            for offset in [80, 65, 40] where month > offset {
                month -= offset
                break
            }
            let yy = digits[4] * 10 + digits[5]
            let individual = digits[6] * 100 + digits[7] * 10 + digits[8]
            let year = individual >= 500 && yy < 40 ? 2000 + yy : 1900 + yy
            birth = LocalDate(year: year, month: month, day: day) ?? birth
            male = digits[8] % 2 == 1
        }
        var town = city ?? "Ukjent"
        if town.hasSuffix(" kommune") { town.removeLast(8) }
        return Patient(
            identityNumber: id, familyName: facts.patientFamilyName ?? "Ukjent", givenName: facts.patientGivenName ?? "Ukjent",
            born: birth, isMale: male, street: "Ukjent adresse 1", postalCode: "7600", city: town)
    }

    static let municipalNurse = Professional(hpr: "9144889", kind: "SP", familyName: "Berg", givenName: "Ingrid")

    /// The case office's answer to Melding om utskrivningsklar pasient (HNT 3.2 a).
    func sendAnswer(to utskrivningsklar: ReceivedFacts, at time: SimTime, rng: inout SplitMix64, _ db: Database) throws {
        let id = newMsgId(&rng)
        let local = Oslo.local(time)
        let receiving = Oslo.local(time + 86_400).date
        let bytes = writer.dialogAnswer(
            to: utskrivningsklar.replied(receiver: counterpartParty(utskrivningsklar.receiver)), msgId: id, genDate: local,
            answer: "Kommunen kan ta imot pasienten \(receiving.iso). Tilbud: korttidsopphold. Ta med medisinliste og utstyr.",
            from: Self.caseWorker)
        try sendOut(bytes, name: "\(local.iso)-\(MessageType.dialogmelding.rawValue)-\(id).xml", at: time, db)
    }

    static let caseWorker = Professional(hpr: "9144897", kind: "SP", familyName: "Moe", givenName: "Anne")
}
