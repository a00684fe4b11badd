import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// Writing documents: MsgIds, file names, manifest entries, delivery and receipts.
extension Simulator {
    /// A fresh UUID-shaped (version 4) MsgId from the run's generator.
    func newMsgId() -> String {
        let a = rng.next()
        let b = rng.next()
        let hi = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let lo = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        var chars: [UInt8] = []
        chars.reserveCapacity(36)
        let hex = Array("0123456789abcdef".utf8)
        for i in 0..<16 {
            if i == 8 || i == 12 { chars.append(UInt8(ascii: "-")) }
            chars.append(hex[Int((hi >> UInt64(60 - 4 * i)) & 0xF)])
        }
        for i in 0..<16 {
            if i == 0 || i == 4 { chars.append(UInt8(ascii: "-")) }
            chars.append(hex[Int((lo >> UInt64(60 - 4 * i)) & 0xF)])
        }
        return String(decoding: chars, as: UTF8.self)
    }

    /// `messages/<NNNNNN>-<TYPE>-<first 8 of MsgId>.xml`.
    func fileName(sequence: Int, type: String, msgId: String) -> String {
        var number = String(sequence)
        if number.count < 6 { number = String(repeating: "0", count: 6 - number.count) + number }
        return "messages/\(number)-\(type)-\(msgId.prefix(8)).xml"
    }

    /// Writes a PLO message (or Dialogmelding) sent now, lists it in the manifest and schedules
    /// its delivery. `correcting` makes it an M (Endring) of that MsgId; `status` and `refersTo`
    /// set Forsendelsesstatus and ConversationRef otherwise (A Tillegg, or the answer's reference).
    @discardableResult
    func send(
        _ type: MessageType, in stay: Stay, from: Address, to: Address, by professional: Professional,
        _ content: MessageContent, msgId: String? = nil, displayName: String? = nil, correcting parent: String? = nil,
        status: SendingStatus? = nil, refersTo: String? = nil, _ out: inout some SimulationOutput
    ) throws -> MessageRecord {
        let id = msgId ?? newMsgId()
        let local = Oslo.local(now)
        let message = OutgoingMessage(
            type: type, displayName: displayName ?? type.displayName, msgId: id, genDate: local,
            sender: from, receiver: to, patient: stay.patient, professional: professional, content: content,
            status: status ?? (parent == nil ? .new : .change), refToParent: parent ?? refersTo)
        let bytes = writer.render(message)
        return try deliver(bytes, type: type, status: message.status, msgId: id, in: stay, from: from, to: to, corrects: parent, &out)
    }

    /// Writes `bytes` (a message sent now), lists it and schedules its delivery.
    @discardableResult
    func deliver(
        _ bytes: [UInt8], type: MessageType, status: SendingStatus, msgId id: String, in stay: Stay, from: Address, to: Address,
        corrects parent: String? = nil, _ out: inout some SimulationOutput
    ) throws -> MessageRecord {
        let local = Oslo.local(now)
        messageCount += 1
        let record = MessageRecord(
            sequence: messageCount, file: fileName(sequence: messageCount, type: type.rawValue, msgId: id),
            stay: stay.id, type: type.rawValue, msgId: id, sender: from.her, receiver: to.her,
            patient: stay.patient.fnr, time: now, localTime: local.iso, acknowledges: nil, corrects: parent)
        try out.write(bytes, for: record)
        try out.appendManifest(manifest.entry(record))
        lastWrittenAt = max(lastWrittenAt, now)
        let arrival = now + scenario.timing.transport.sampleSeconds(&rng)
        queue.schedule(
            at: arrival,
            .stay(stay, .received(ReceivedMessage(type: type, status: status, msgId: id, sentAt: now, from: from, to: to, file: record.file))))
        return record
    }

    /// Records a finding the checker must report.
    /// Records that `rule` must report `files` of `stay` (when the stay carries a fault), with the
    /// rule's own severity unless the rule reports this case at another (`severity`).
    func predict(_ rule: RuleInfo, _ stay: Stay, _ files: [String], severity: Severity? = nil) {
        guard let fault = stay.fault else { return }
        injected.append(
            PredictedFinding(rule: rule.id, severity: (severity ?? rule.severity).rawValue, stay: stay.id, files: files, fault: fault))
    }

    /// Every receiving actor acknowledges with an AppRec (when enabled), then reacts.
    func received(_ message: ReceivedMessage, in stay: Stay) {
        if scenario.appRec { planReceipts(message, in: stay) }
        switch message.type {
        case .innlagt: nursingReceivedInnlagt(stay)
        // A correction (M) changes what the case office knows, not what it has to do.
        case .utskrivningsklar where message.status == .new: caseOfficeReceivedUtskrivningsklar(stay)
        default: break
        }
    }

    /// Schedules the AppRec(s) for a received message, as the stay's fault says.
    private func planReceipts(_ message: ReceivedMessage, in stay: Stay) {
        let delay = scenario.timing.appRecDelay.sampleSeconds(&rng)
        let at = settle(now + delay, notAfter: nil, notBefore: now)
        let firstInnlagt = message.type == .innlagt && message.msgId == stay.innlagtMsgId
        let firstReport =
            message.type == .innleggelsesrapport && message.status == .new && !stay.reportRejected
            && message.msgId == stay.report?.msgId
        switch stay.fault {
        case .appRecMissing where firstInnlagt:
            pendingMissing.append((stay, message.file, message.sentAt))
        case .appRecLate where firstInnlagt:
            let late = settle(message.sentAt + 97 * Self.hour + minutes(0, 23 * 60), notAfter: nil, notBefore: now)
            queue.schedule(at: late, .appRec(stay, message, .ok))
        case .appRecDuplicate where firstInnlagt:
            queue.schedule(at: at, .appRec(stay, message, .ok))
            queue.schedule(at: settle(at + minutes(1, 10), notAfter: nil, notBefore: at), .appRec(stay, message, .ok))
        case .appRecWrongParties where firstInnlagt:
            queue.schedule(at: at, .appRec(stay, message, .wrongParties))
        case .appRecRejected where firstReport, .appRecResendSameMsgId where firstReport:
            stay.reportRejected = true
            queue.schedule(at: at, .appRec(stay, message, .rejected))
        default:
            queue.schedule(at: at, .appRec(stay, message, .ok))
        }
    }

    /// Writes the AppRec for a received message (status 1 OK unless the plan says otherwise).
    func sendAppRec(_ stay: Stay, for message: ReceivedMessage, plan: ReceiptPlan, _ out: inout some SimulationOutput) throws {
        let id = newMsgId()
        let local = Oslo.local(now)
        var rec = OutgoingAppRec(
            id: id, genDate: local, sender: message.to, receiver: message.from, originalType: message.type,
            originalMsgId: message.msgId, originalDate: Oslo.local(message.sentAt))
        switch plan {
        case .ok: break
        case .rejected:
            rec.status = .rejected
            rec.errors = [ReceiptError("E35", text: "Pasienten er ikke registrert hos mottaker")]
        case .wrongParties:
            rec.sender = message.from
        }
        let bytes = writer.render(rec)
        messageCount += 1
        let record = MessageRecord(
            sequence: messageCount, file: fileName(sequence: messageCount, type: "APPREC", msgId: id),
            stay: stay.id, type: "APPREC", msgId: id, sender: rec.sender.her, receiver: rec.receiver.her,
            patient: "", time: now, localTime: local.iso, acknowledges: message.msgId)
        try out.write(bytes, for: record)
        try out.appendManifest(manifest.entry(record))
        lastWrittenAt = max(lastWrittenAt, now)
        let forInnlagt = message.type == .innlagt && message.msgId == stay.innlagtMsgId
        switch stay.fault {
        case .appRecLate where forInnlagt:
            predict(FlowAppRecMissing.info, stay, [message.file, record.file])
        case .appRecWrongParties where forInnlagt:
            predict(FlowAppRecParties.info, stay, [record.file, message.file])
        case .appRecDuplicate where forInnlagt:
            if let first = stay.innlagtReceiptFile {
                predict(FlowAppRecDuplicate.info, stay, [first, record.file, message.file])
            } else {
                stay.innlagtReceiptFile = record.file
            }
        default: break
        }
        if plan == .rejected {
            // The municipality corrects and sends again (HIS 80415 3.2) — or, the fault, with the same MsgId.
            let again = settle(now + minutes(5, 30), notAfter: nil, notBefore: now)
            queue.schedule(at: again, .stay(stay, .resendInnleggelsesrapport(sameMsgId: stay.fault == .appRecResendSameMsgId)))
        }
    }

    /// The AppRecs never sent (appRecMissing): predicted where the output reaches 96 h past the message.
    func predictMissingReceipts() {
        for (stay, file, sentAt) in pendingMissing where lastWrittenAt >= sentAt + 96 * Self.hour {
            predict(FlowAppRecMissing.info, stay, [file])
        }
        pendingMissing = []
    }
}
