import PLOCalendar
import PLOModel
import XMLCore

/// The messages of one stay, sorted by time then MsgId, with corrections resolved.
///
/// A `C` message withdraws its target (the target counts as never sent); an `M` message
/// replaces its target, which keeps its own time. A message is *present* when it is neither
/// withdrawn nor itself a cancellation.
public struct FlowStay: Sendable {
    public let id: String
    public let key: StayKey
    public let items: [FlowItem]
    /// Positions of messages withdrawn by a cancellation.
    public let withdrawn: Set<Int>
    /// Positions of `M`/`C` messages whose `RefToParent` names no message of the stay.
    public let orphanCorrections: [Int]
    /// What the AppRec rules know of the whole input.
    public let receipts: ReceiptFacts

    public init(id: String, key: StayKey, items: [FlowItem], receipts: ReceiptFacts = ReceiptFacts()) {
        self.id = id
        self.key = key
        self.items = items
        self.receipts = receipts
        var byId: [String: Int] = [:]
        for (position, item) in items.enumerated() where byId[item.msgId] == nil && !item.msgId.isEmpty {
            byId[item.msgId] = position
        }
        var withdrawn = Set<Int>()
        var orphans: [Int] = []
        for (position, item) in items.enumerated() where item.status == .change || item.status == .cancel {
            guard let parent = item.message.refToParent, let target = byId[parent], target != position else {
                orphans.append(position)
                continue
            }
            if item.status == .cancel { withdrawn.insert(target) }
        }
        self.withdrawn = withdrawn
        orphanCorrections = orphans
    }

    /// Whether the message at `position` counts: not withdrawn and not a cancellation.
    public func isPresent(_ position: Int) -> Bool {
        !withdrawn.contains(position) && items[position].status != .cancel
    }

    /// Positions of present messages of `type` (optionally only status `N`, or from `side`).
    public func positions(_ type: MessageType, newOnly: Bool = false, from side: FlowSide? = nil) -> [Int] {
        items.indices.filter { position in
            items[position].type == type && isPresent(position) && (!newOnly || items[position].status == .new)
                && (side == nil || items[position].side == side)
        }
    }

    /// The admission: the first present `LOG_INNLAGT` with status N.
    public var admission: FlowItem? {
        positions(.innlagt, newOnly: true).first.map { items[$0] }
    }

    /// The hospital's Helseopplysninger varsel (TypeInnhold 1, N): opens the stay of a patient new
    /// to municipal services (HIS 1144 §1, HIS 1149 3.2).
    public var varsel: FlowItem? {
        positions(.helseopplysninger, newOnly: true, from: .hospital).lazy.map { self.items[$0] }
            .first { $0.message.contentType == "1" }
    }

    /// When the municipality was informed of the admission: the GenDate of `LOG_INNLAGT` (the 4 h
    /// deadline runs from here, HNT 1.1 g).
    public var informedAt: LocalDateTime? { admission?.time }

    /// The admission itself: TidspunktForHendelse of Hendelsekode 1 in `LOG_INNLAGT` — or, for a
    /// stay opened by the varsel alone, in the varsel — falling back to that message's GenDate
    /// when the time is missing or only a date. The 24 h deadlines run from here.
    public var admittedAt: LocalDateTime? {
        guard let opener = admission ?? varsel else { return nil }
        if let text = opener.message.eventTime("1"), let time = Self.eventTime(text) { return time }
        return opener.time
    }

    /// A TidspunktForHendelse with a clock time, as Oslo wall-clock time (an offset, if written,
    /// is dropped: PLO times are Norwegian local time).
    static func eventTime(_ text: String) -> LocalDateTime? {
        let trimmed = text.trimmingSpaces
        guard trimmed.count >= 16 else { return nil }
        if let time = LocalDateTime(iso: trimmed) { return time }
        return LocalDateTime(iso: String(trimmed.prefix(19)))
    }

    /// The first name a message of the stay gives the hospital and the municipality (a stay keeps
    /// one name per HER-id, not one per message).
    public var names: (hospital: String?, municipality: String?) {
        var hospital: String?
        var municipality: String?
        for item in items {
            let fromHospital = item.side == .hospital
            if hospital == nil { hospital = fromHospital ? item.message.senderName : item.message.receiverName }
            if municipality == nil { municipality = fromHospital ? item.message.receiverName : item.message.senderName }
            if hospital != nil, municipality != nil { break }
        }
        return (hospital, municipality)
    }

    /// Whether `item` is a Melding om utskrevet pasient reporting death in hospital (Uttilstand 2,
    /// kodeverk 8431; HIS 1149 3.5).
    public static func isDeath(_ item: FlowItem) -> Bool {
        item.type == .utskrevet && item.message.dischargeCondition == "2"
    }

    /// Whether the stay ends in death: a present `LOG_UTSKREVET` (N) with Uttilstand 2.
    public var endsInDeath: Bool { positions(.utskrevet, newOnly: true).contains { Self.isDeath(items[$0]) } }

    /// MsgIds of the stay's Meldinger om utskrivningsklar pasient (cancelled ones included: an
    /// answer to one is still an answer).
    public var utskrivningsklarIds: Set<String> { Set(items.filter { $0.type == .utskrivningsklar }.map(\.msgId)) }

    /// Whether `item` is the municipality's answer to Melding om utskrivningsklar pasient: a
    /// Dialogmelding from the municipality whose ConversationRef (RefToParent or RefToConversation)
    /// names an utskrivningsklar of the stay (HNT 3.2 a).
    public func isAnswer(_ item: FlowItem) -> Bool {
        guard item.type == .dialogmelding, item.side == .municipality else { return false }
        let ids = utskrivningsklarIds
        if let parent = item.message.refToParent, ids.contains(parent) { return true }
        if let conversation = item.message.refToConversation, ids.contains(conversation) { return true }
        return false
    }
}
