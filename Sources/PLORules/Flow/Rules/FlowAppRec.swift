import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-APPREC-MISSING: a receiver sent no AppRec for a message within 96 h of its GenDate.
public struct FlowAppRecMissing: FlowRule {
    /// How long a receiver has to acknowledge (HIS 80415 3.3.6).
    public static let hours = 96

    public static let info = RuleInfo(
        id: "FLOW-APPREC-MISSING", severity: .warning, kind: .flow,
        summary: "A receiver sent no AppRec for a message within 96 h of its GenDate (only judged where the input reaches past that time).",
        source: "HIS 80415 3.3.6",
        explanation: """
            Every receiver acknowledges every message with an AppRec; none within 96 hours of the message's \
            GenDate counts as negative (HIS 80415 3.3.6). A stay message gets this finding when no AppRec \
            acknowledges it (OriginalMsgId/Id) within 96 h (one from the wrong party is FLOW-APPREC-PARTIES). It is judged only where the \
            input reaches at least 96 h past the message (its latest GenDate), and only for receivers that \
            sent at least one AppRec in the input — a folder of messages without receipts says nothing about \
            receipts.
            """,
        passingExample: "Mon 09:45 LOG_INNLAGT → · Mon 09:46 ← APPREC (1 OK)",
        failingExample: "Mon 09:45 LOG_INNLAGT → · (no AppRec from the municipality by Fri 09:45)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        guard let end = stay.receipts.inputEnd else { return [] }
        let limit = Int64(Self.hours) * 3600
        // AppRecs name a MsgId: they acknowledge every message of the stay that carries it.
        var byMsgId: [String: [FlowReceipt]] = [:]
        for item in stay.items where !item.receipts.isEmpty { byMsgId[item.msgId, default: []] += item.receipts }
        return stay.items.compactMap { item in
            let receipts = byMsgId[item.msgId] ?? []
            // Any AppRec naming the message counts as its receipt; one from the wrong party is
            // FLOW-APPREC-PARTIES, not a missing receipt as well.
            guard let receiver = item.message.receiverHerId, stay.receipts.senders.contains(receiver),
                end >= item.instant + limit, !receipts.contains(where: { $0.instant <= item.instant + limit })
            else { return nil }
            let deadline = Deadline.adding(hours: Self.hours, to: item.time)
            let late = receipts.first
            let tail = late.map { "; the AppRec came at \($0.time.iso) (\($0.file))" } ?? ""
            return finding(
                "no AppRec from \(receiver) for \(item.type.rawValue) \(item.msgId) within \(Self.hours) h (by \(deadline.iso)): counts as negative\(tail)",
                files: [item.file] + (late.map { [$0.file] } ?? []), deadline: deadline)
        }
    }
}

/// FLOW-APPREC-DUPLICATE: a receiver sent more than one AppRec for one message.
public struct FlowAppRecDuplicate: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-APPREC-DUPLICATE", severity: .error, kind: .flow,
        summary: "A receiver sent more than one AppRec for one message.",
        source: "HIS 80415 3.2",
        explanation: """
            A receiver sends exactly one AppRec per message it receives (HIS 80415 3.2). Two or more AppRecs \
            from the same receiver naming one MsgId in OriginalMsgId get this finding — except where the \
            message itself was delivered more than once with that MsgId (identical copies, or changed ones): \
            each delivery may be acknowledged.
            """,
        passingExample: "Mon 09:45 LOG_INNLAGT → · Mon 09:46 ← APPREC (1 OK)",
        failingExample: "Mon 09:45 LOG_INNLAGT → · Mon 09:46 ← APPREC (1 OK) · Mon 09:50 ← APPREC (1 OK)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        var findings: [Finding] = []
        for item in stay.items where item.receipts.count > 1 {
            // Every delivery of the MsgId — identical copies and changed ones — may be acknowledged.
            let copies = stay.items.filter { $0.msgId == item.msgId }.reduce(0) { $0 + 1 + $1.resends.count }
            var bySender: [String: [FlowReceipt]] = [:]
            for receipt in item.receipts { bySender[receipt.senderHerId, default: []].append(receipt) }
            for (sender, receipts) in bySender.sorted(by: { $0.key < $1.key }) where receipts.count > copies {
                findings.append(
                    finding(
                        "\(receipts.count) AppRecs from \(sender.isEmpty ? "one receiver" : sender) for \(item.type.rawValue) \(item.msgId); a receiver sends exactly one",
                        files: receipts.map(\.file) + [item.file]))
            }
        }
        return findings
    }
}

/// FLOW-APPREC-PARTIES: an AppRec's sender and receiver are the original's receiver and sender.
public struct FlowAppRecParties: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-APPREC-PARTIES", severity: .error, kind: .flow,
        summary: "An AppRec's sender and receiver are not the original message's receiver and sender.",
        source: "HIS 80415",
        explanation: """
            The AppRec goes back the way the message came: its Sender is the message's receiver and its \
            Receiver the message's sender (HIS 80415 4.2). The top-level HER-ids (HCP/Inst/Id) are compared \
            with the message's MsgHead Sender and Receiver organisations.
            """,
        passingExample: "LOG_INNLAGT sykehus 8093 → kommune 9001 · APPREC 9001 → 8093",
        failingExample: "LOG_INNLAGT sykehus 8093 → kommune 9001 · APPREC 9002 → 8093")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        var findings: [Finding] = []
        for item in stay.items {
            for receipt in item.receipts
            where receipt.senderHerId != (item.message.receiverHerId ?? "") || receipt.receiverHerId != (item.message.senderHerId ?? "") {
                findings.append(
                    finding(
                        "AppRec \(receipt.file) goes \(receipt.senderHerId.isEmpty ? "?" : receipt.senderHerId) → \(receipt.receiverHerId.isEmpty ? "?" : receipt.receiverHerId), but \(item.type.rawValue) \(item.msgId) went \(item.message.senderHerId ?? "?") → \(item.message.receiverHerId ?? "?"): sender and receiver must be swapped",
                        files: [receipt.file, item.file]))
            }
        }
        return findings
    }
}

/// FLOW-APPREC-RESEND-SAME-MSGID: a message rejected by AppRec was sent again with the same MsgId.
public struct FlowAppRecResendSameMsgId: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-APPREC-RESEND-SAME-MSGID", severity: .error, kind: .flow,
        summary: "A message rejected by AppRec was sent again with the same MsgId.",
        source: "HIS 80415 3.2",
        explanation: """
            When an AppRec rejects a message (status 2 Avvist), the sender corrects it and sends it again as \
            a new message with a new MsgId (HIS 80415 3.2): the receiver has already used the old MsgId. A \
            second file with the rejected message's MsgId — an identical copy or a changed one — gets this \
            finding.
            """,
        passingExample: "LOG_INNLAGT (MsgId A) → · ← APPREC (2, E35) · LOG_INNLAGT (MsgId B) →",
        failingExample: "LOG_INNLAGT (MsgId A) → · ← APPREC (2, E35) · LOG_INNLAGT (MsgId A) →")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<String>()
        for (position, item) in stay.items.enumerated() where !item.msgId.isEmpty && !seen.contains(item.msgId) {
            guard let rejection = item.receipts.first(where: \.isRejection) else { continue }
            let others = stay.items.indices.filter { $0 != position && stay.items[$0].msgId == item.msgId }.map { stay.items[$0].file }
            let copies = item.resends + others
            guard !copies.isEmpty else { continue }
            seen.insert(item.msgId)
            findings.append(
                finding(
                    "\(item.type.rawValue) \(item.msgId) was rejected (\(rejection.file), status \(rejection.status)\(rejection.errors.isEmpty ? "" : " " + rejection.errors.joined(separator: ", "))) and sent again with the same MsgId; a resend needs a new MsgId",
                    files: copies + [item.file]))
        }
        return findings
    }
}
