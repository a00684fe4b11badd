import PLOCalendar
import PLOModel

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

    /// Writes a PLO message sent now, lists it in the manifest and schedules its delivery.
    @discardableResult
    func send(
        _ type: MessageType, in stay: Stay, from: Address, to: Address, by professional: Professional,
        _ content: MessageContent, msgId: String? = nil, displayName: String? = nil, correcting parent: String? = nil,
        _ out: inout some SimulationOutput
    ) throws -> MessageRecord {
        let id = msgId ?? newMsgId()
        let local = Oslo.local(now)
        let message = OutgoingMessage(
            type: type, displayName: displayName ?? type.displayName, msgId: id, genDate: local,
            sender: from, receiver: to, patient: stay.patient, professional: professional, content: content,
            status: parent == nil ? .new : .change, refToParent: parent)
        let bytes = writer.render(message)
        messageCount += 1
        let record = MessageRecord(
            sequence: messageCount, file: fileName(sequence: messageCount, type: type.rawValue, msgId: id),
            stay: stay.id, type: type.rawValue, msgId: id, sender: from.her, receiver: to.her,
            patient: stay.patient.fnr, time: now, localTime: local.iso, acknowledges: nil, corrects: parent)
        try out.write(bytes, for: record)
        try out.appendManifest(manifest.entry(record))
        let arrival = now + scenario.timing.transport.sampleSeconds(&rng)
        queue.schedule(
            at: arrival,
            .stay(stay, .received(ReceivedMessage(type: type, status: message.status, msgId: id, sentAt: now, from: from, to: to))))
        return record
    }

    /// Records a finding the checker must report.
    func predict(_ rule: String, _ severity: String, _ stay: Stay, _ files: [String]) {
        guard let fault = stay.fault else { return }
        injected.append(PredictedFinding(rule: rule, severity: severity, stay: stay.id, files: files, fault: fault))
    }

    /// Every receiving actor acknowledges with an AppRec (when enabled), then reacts.
    func received(_ message: ReceivedMessage, in stay: Stay) {
        if scenario.appRec {
            let at = settle(now + scenario.timing.appRecDelay.sampleSeconds(&rng), notAfter: nil, notBefore: now)
            queue.schedule(at: at, .appRec(stayID: stay.id, message))
        }
        switch message.type {
        case .innlagt: nursingReceivedInnlagt(stay)
        // A correction (M) changes what the case office knows, not what it has to do.
        case .utskrivningsklar where message.status == .new: caseOfficeReceivedUtskrivningsklar(stay)
        default: break
        }
    }

    /// Writes the AppRec (status 1, OK) for a received message.
    func sendAppRec(stayID: String, for message: ReceivedMessage, _ out: inout some SimulationOutput) throws {
        let id = newMsgId()
        let local = Oslo.local(now)
        let rec = OutgoingAppRec(
            id: id, genDate: local, sender: message.to, receiver: message.from, originalType: message.type,
            originalMsgId: message.msgId, originalDate: Oslo.local(message.sentAt))
        let bytes = writer.render(rec)
        messageCount += 1
        let record = MessageRecord(
            sequence: messageCount, file: fileName(sequence: messageCount, type: "APPREC", msgId: id),
            stay: stayID, type: "APPREC", msgId: id, sender: message.to.her, receiver: message.from.her,
            patient: "", time: now, localTime: local.iso, acknowledges: message.msgId)
        try out.write(bytes, for: record)
        try out.appendManifest(manifest.entry(record))
    }
}
